import { describe, expect, it } from 'vitest';
import { allows, homeRouteFor, menuEntries, menuFor, MENU, rolesOf } from './menu';
import { AREAS } from './areas';
import { i18n, LOCALES } from './i18n';

const routes = (roles: string[]) => menuFor(roles).flatMap((group) => group.items.map((item) => item.route));

describe('role -> menu', () => {
  it('a merchant sees seed 000 section 0\'s 商户后台: 首页 first, then 商户运营 with 门店资产 › 会员电池', () => {
    const [home, operations] = menuFor(['MERCHANT']);
    expect(menuFor(['MERCHANT'])).toHaveLength(2);
    expect(home).toMatchObject({ labelKey: 'merchant.menu.home', untitled: true });
    expect(home!.items.map((item) => item.route)).toEqual(['merchant-home']);
    expect(operations!.labelKey).toBe('merchant.menu.operations');
    expect(operations!.untitled).toBeFalsy();
    expect(menuEntries(operations!.items).map((entry) => ('item' in entry ? entry.item.route : entry.submenuLabelKey)))
      .toEqual([
        'merchant-access-reviews',
        'merchant-deposit-refunds',
        'merchant-overdue-assets',
        'merchant.menu.storeAssets',
        'merchant-store-members',
        'merchant-cabinet-swaps',
        'merchant-cabinet-abnormal-swaps',
        'merchant-swap-orders',
      ]);
    expect(menuEntries(operations!.items)[3]).toMatchObject({ items: [{ route: 'merchant-member-batteries' }] });
    expect(homeRouteFor(['MERCHANT'])).toBe('merchant-home');
  });

  it('a detail page is a route of its role, not a menu entry', () => {
    expect(routes(['MERCHANT'])).not.toContain('merchant-deposit-refund');
    expect(rolesOf('merchant-deposit-refund')).toEqual(['MERCHANT']);
    expect(allows(rolesOf('merchant-deposit-refund'), ['OPS'])).toBe(false);
  });

  it('operations see 换电订单管理 › 换电订单 only', () => {
    expect(menuFor(['OPS']).map((group) => group.labelKey)).toEqual(['ops.menu.swapOrderManagement']);
    expect(routes(['OPS'])).toEqual(['ops-swap-orders']);
    expect(homeRouteFor(['OPS'])).toBe('ops-swap-orders');
  });

  it('an account with both roles sees both menus', () => {
    expect(routes(['OPS', 'MERCHANT'])).toEqual([...routes(['MERCHANT']), ...routes(['OPS'])]);
    expect(homeRouteFor(['OPS', 'MERCHANT'])).toBe('merchant-home');
  });

  it('cashiers, the parking office and unknown roles get no entry until their pages exist', () => {
    for (const roles of [['POS'], ['PARK'], ['APP'], [], ['ROLE_OPS'], ['ops']]) {
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
    const labels = [
      ...MENU.map((group) => group.labelKey),
      ...pages.flatMap((page) => [page.labelKey, ...(page.submenuLabelKey ? [page.submenuLabelKey] : [])]),
    ];
    for (const locale of LOCALES) {
      for (const key of labels) expect((i18n.global.te as (key: string, locale: string) => boolean)(key, locale), `${key} in ${locale}`).toBe(true);
    }
  });
});
