import type { Component } from 'vue';
import type { Role } from '../stores/session';

/**
 * One back office of the console (商户后台, 运营后台, 门店收银, 停车管理): its menu groups, the pages under them and
 * its messages. The menu, the routes and the translations are all derived from the areas in `areas/index.ts`, so
 * an area is added or changed in its own folder only.
 */
export interface Area {
  key: string;
  groups: readonly AreaGroup[];
  /** This area's translations, merged into the console's; keys under the area's own prefix. */
  messages: { 'zh-CN': Record<string, unknown>; en: Record<string, unknown> };
}

export interface AreaGroup {
  key: string;
  labelKey: string;
  /** Its pages are entries at the menu's top level, without the group's title (商户后台's 首页). */
  untitled?: boolean;
  pages: readonly AreaPage[];
}

export interface AreaPage {
  /** The route's name, unique across the console. */
  route: string;
  /** Under the console's base, without a leading slash; may hold route params (`:id`). */
  path: string;
  labelKey: string;
  roles: readonly Role[];
  component: () => Promise<Component | { default: Component }>;
  props?: Record<string, unknown> | true;
  /** Reached from another page (a detail), not listed in the menu. */
  hidden?: boolean;
  /** The submenu of its group the entry sits in (商户运营 › 门店资产 › 会员电池); entries with the same one share it. */
  submenuLabelKey?: string;
}
