import type { Role } from './stores/session';
import { AREAS } from './areas';

/**
 * The back-office menus, derived from the areas (`areas/`): seed 000 section 0's 商户后台 for MERCHANT and 运营后台
 * for OPS, the card desk for POS, the parking office for PARK. Pages marked hidden (details) are routes, not entries.
 */
export interface MenuItem {
  /** The route's name. */
  route: string;
  labelKey: string;
  roles: readonly Role[];
  submenuLabelKey?: string;
}

export interface MenuGroup {
  key: string;
  labelKey: string;
  /** Shown without its title: its entries stand at the menu's top level. */
  untitled?: boolean;
  items: readonly MenuItem[];
}

/** A group's entries as the menu draws them: items, and submenus holding the items that name one. */
export type MenuEntry = { item: MenuItem } | { submenuLabelKey: string; items: MenuItem[] };

export const MENU: readonly MenuGroup[] = AREAS.flatMap((area) =>
  area.groups.map((group) => ({
    key: group.key,
    labelKey: group.labelKey,
    untitled: group.untitled,
    items: group.pages
      .filter((page) => !page.hidden)
      .map((page) => ({
        route: page.route,
        labelKey: page.labelKey,
        roles: page.roles,
        submenuLabelKey: page.submenuLabelKey,
      })),
  })),
);

/** The entries of a group's items: a submenu stands where its first item is and holds all items naming it. */
export function menuEntries(items: readonly MenuItem[]): MenuEntry[] {
  const entries: MenuEntry[] = [];
  const submenus = new Map<string, MenuItem[]>();
  for (const item of items) {
    if (!item.submenuLabelKey) {
      entries.push({ item });
      continue;
    }
    const submenu = submenus.get(item.submenuLabelKey);
    if (submenu) {
      submenu.push(item);
    } else {
      const created = [item];
      submenus.set(item.submenuLabelKey, created);
      entries.push({ submenuLabelKey: item.submenuLabelKey, items: created });
    }
  }
  return entries;
}

const PAGE_ROLES = new Map(
  AREAS.flatMap((area) => area.groups.flatMap((group) => group.pages.map((page) => [page.route, page.roles] as const))),
);

/** The menu a person with these roles sees: entries of their roles only, groups without entries left out. */
export function menuFor(roles: readonly string[]): MenuGroup[] {
  return MENU.map((group) => ({ ...group, items: group.items.filter((item) => allows(item.roles, roles)) })).filter(
    (group) => group.items.length > 0,
  );
}

/** The roles that may open a route; undefined for a route outside the areas (open to anyone logged in). */
export function rolesOf(route: string): readonly Role[] | undefined {
  return PAGE_ROLES.get(route);
}

export function allows(allowed: readonly string[] | undefined, roles: readonly string[]): boolean {
  return allowed === undefined || allowed.some((role) => roles.includes(role));
}

/** Where a login lands: the first page of the person's menu, or undefined when no page is there for them. */
export function homeRouteFor(roles: readonly string[]): string | undefined {
  return menuFor(roles)[0]?.items[0]?.route;
}
