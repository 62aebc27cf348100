import type { AreaGroup } from '../area';
import messages from './views/office/messages';

/** 门店收银 › 会员管理 (POS back office, seed 002): members, their import and the shop's daily settlement. */
export const posOfficeGroup: AreaGroup = {
  key: 'pos-office',
  labelKey: 'posOffice.menu.group',
  pages: [
    {
      route: 'pos-members',
      path: 'pos/members',
      labelKey: 'posOffice.menu.members',
      roles: ['POS'],
      component: () => import('./views/office/MemberListView.vue'),
    },
    {
      route: 'pos-member-import',
      path: 'pos/member-import',
      labelKey: 'posOffice.menu.memberImport',
      roles: ['POS'],
      component: () => import('./views/office/MemberImportView.vue'),
    },
    {
      route: 'pos-settlement',
      path: 'pos/settlement',
      labelKey: 'posOffice.menu.settlement',
      roles: ['POS'],
      component: () => import('./views/office/SettlementView.vue'),
    },
  ],
};

/** The back office's translations, under `posOffice`. */
export const posOfficeMessages = { 'zh-CN': { posOffice: messages['zh-CN'] }, en: { posOffice: messages.en } };
