import { describe, expect, it } from 'vitest';
import { allows, homeRouteFor, menuFor, MENU, rolesOf } from './menu';
import { AREAS } from './areas';
import { i18n, LOCALES } from './i18n';

const routes = (roles: string[]) => menuFor(roles).flatMap((group) => group.items.map((item) => item.route));

describe('role -> menu', () => {
  it('a merchant sees 商户运营 › 会员换电订单 only', () => {
    expect(menuFor(['MERCHANT']).map((group) => group.labelKey)).toEqual(['merchant.menu.operations']);
    expect(routes(['MERCHANT'])).toEqual(['merchant-swap-orders']);
    expect(homeRouteFor(['MERCHANT'])).toBe('merchant-swap-orders');
  });

  it('operations see 换电订单管理 › 换电订单 only', () => {
    expect(menuFor(['OPS']).map((group) => group.labelKey)).toEqual(['ops.menu.swapOrderManagement']);
    expect(routes(['OPS'])).toEqual(['ops-swap-orders']);
    expect(homeRouteFor(['OPS'])).toBe('ops-swap-orders');
  });

  it('an account with both roles sees both menus', () => {
    expect(routes(['OPS', 'MERCHANT'])).toEqual(['merchant-swap-orders', 'ops-swap-orders']);
  });

  it('a cashier sees 门店收银 and lands on the card desk', () => {
    expect(menuFor(['POS'])[0]?.labelKey).toBe('pos.menu.group');
    expect(homeRouteFor(['POS'])).toBe('pos-desk');
  });

  it('the parking office and unknown roles get no entry until their pages exist', () => {
    for (const roles of [['PARK'], ['APP'], [], ['ROLE_OPS'], ['ops']]) {
      expect(menuFor(roles)).toEqual([]);
      expect(homeRouteFor(roles)).toBeUndefined();
    }
  });

  it('a route is allowed exactly to the roles of its menu entry', () => {
    expect(rolesOf('ops-swap-orders')).toEqual(['OPS']);
    expect(allows(rolesOf('ops-swap-orders'), ['MERCHANT'])).toBe(false);
    expect(allows(rolesOf('merchant-swap-orders'), ['MERCHANT'])).toBe(true);
    expect(allows(rolesOf('merchant-swap-orders'), ['POS', 'PARK'])).toBe(false);
    expect(allows(rolesOf('home'), ['POS'])).toBe(true);
  });

  it('no group is empty and every entry names at least one role', () => {
    for (const group of MENU) {
      expect(group.items.length).toBeGreaterThan(0);
      for (const item of group.items) expect(item.roles.length).toBeGreaterThan(0);
    }
  });
});

describe('areas', () => {
  it('every route name is unique and every label is translated in both languages', () => {
    const pages = AREAS.flatMap((area) => area.groups.flatMap((group) => group.pages));
    expect(new Set(pages.map((page) => page.route)).size).toBe(pages.length);
    const labels = [...MENU.map((group) => group.labelKey), ...pages.map((page) => page.labelKey)];
    for (const locale of LOCALES) {
      for (const key of labels) expect((i18n.global.te as (key: string, locale: string) => boolean)(key, locale), `${key} in ${locale}`).toBe(true);
    }
  });
});
