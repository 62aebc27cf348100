import type { Role } from './stores/session';

/**
 * The back-office menus (seed 000 section 0: 商户后台 for MERCHANT, 运营后台 for OPS; the card desk for POS and the
 * parking office for PARK come with their pages). Only entries whose page exists are listed: the rest of seed
 * 000's menu arrives with the later parts of issue 13.
 */
export interface MenuItem {
  /** The route's name. */
  route: string;
  labelKey: string;
  roles: readonly Role[];
}

export interface MenuGroup {
  key: string;
  labelKey: string;
  items: readonly MenuItem[];
}

export const MENU: readonly MenuGroup[] = [
  {
    // 商户后台 › 商户运营
    key: 'merchant-operations',
    labelKey: 'menu.merchantOperations',
    items: [{ route: 'merchant-swap-orders', labelKey: 'menu.memberSwapOrders', roles: ['MERCHANT'] }],
  },
  {
    // 运营后台 › 换电订单管理
    key: 'swap-order-management',
    labelKey: 'menu.swapOrderManagement',
    items: [{ route: 'ops-swap-orders', labelKey: 'menu.swapOrders', roles: ['OPS'] }],
  },
];

/** The menu a person with these roles sees: entries of their roles only, groups without entries left out. */
export function menuFor(roles: readonly string[]): MenuGroup[] {
  return MENU.map((group) => ({ ...group, items: group.items.filter((item) => allows(item.roles, roles)) })).filter(
    (group) => group.items.length > 0,
  );
}

/** The roles that may open a route; undefined for a route outside the menu (open to anyone logged in). */
export function rolesOf(route: string): readonly Role[] | undefined {
  return MENU.flatMap((group) => group.items).find((item) => item.route === route)?.roles;
}

export function allows(allowed: readonly string[] | undefined, roles: readonly string[]): boolean {
  return allowed === undefined || allowed.some((role) => roles.includes(role));
}

/** Where a login lands: the first page of the person's menu, or undefined when no page is there for them yet. */
export function homeRouteFor(roles: readonly string[]): string | undefined {
  return menuFor(roles)[0]?.items[0]?.route;
}
