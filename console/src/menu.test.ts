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

  const OPS_ROUTES = [
    'ops-battery-bindings', 'ops-members', 'ops-abnormal-orders', 'ops-swap-orders', 'ops-batteries', 'ops-migrations',
    'ops-partner-calls',
  ];

  it('operations see 会员管理, 换电订单管理 (seed 000 section 0) and 运营工具, in that order', () => {
    expect(menuFor(['OPS']).map((group) => group.labelKey)).toEqual([
      'ops.menu.memberManagement', 'ops.menu.swapOrderManagement', 'ops.menu.tools',
    ]);
    expect(routes(['OPS'])).toEqual(OPS_ROUTES);
    expect(homeRouteFor(['OPS'])).toBe('ops-battery-bindings');
  });

  it('the OPS menu is labelled as seed 000 names it', () => {
    const messages: unknown = i18n.global.getLocaleMessage('zh-CN');
    const zh = (key: string) => key.split('.').reduce((node, part) => (node as Record<string, unknown>)[part], messages);
    const labels = menuFor(['OPS']).map((group) => `${zh(group.labelKey)}: ${group.items.map((item) => zh(item.labelKey)).join(' | ')}`);
    expect(labels).toEqual([
      '会员管理: 会员电池资产 | 会员列表',
      '换电订单管理: 异常订单 | 换电订单',
      '运营工具: 运营电池列表 | 迁移状态 | 微创调用',
    ]);
  });

  it('an account with both roles sees both menus', () => {
    expect(routes(['OPS', 'MERCHANT'])).toEqual([...routes(['MERCHANT']), ...OPS_ROUTES]);
    expect(homeRouteFor(['OPS', 'MERCHANT'])).toBe('merchant-home');
  });

  it('a cashier sees 门店收银 and 会员管理, and lands on the card desk', () => {
    expect(menuFor(['POS'])[0]?.labelKey).toBe('pos.menu.group');
    expect(homeRouteFor(['POS'])).toBe('pos-desk');
    expect(routes(['POS'])).toEqual(['pos-desk', 'pos-members', 'pos-member-import', 'pos-settlement']);
  });

  it('unknown roles get no entry', () => {
    for (const roles of [['APP'], [], ['ROLE_OPS'], ['ops']]) {
      expect(menuFor(roles)).toEqual([]);
      expect(homeRouteFor(roles)).toBeUndefined();
    }
  });

  it('a route is allowed exactly to the roles of its menu entry', () => {
    for (const route of OPS_ROUTES) expect(rolesOf(route), route).toEqual(['OPS']);
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
