import type { Area } from '../area';
import messages from './messages';
import { posOfficeGroup } from './office';

/** 门店收银 (POS): the card desk of seed 002, scoped to the token's tenant and shop. */
export const posArea: Area = {
  key: 'pos',
  messages,
  groups: [
    {
      key: 'pos-till',
      labelKey: 'pos.menu.group',
      pages: [
        {
          // First, so a cashier lands on the desk.
          route: 'pos-desk',
          path: 'pos/desk',
          labelKey: 'pos.menu.desk',
          roles: ['POS'],
          component: () => import('./views/desk/CardDeskView.vue'),
        },
      ],
    },
    posOfficeGroup,
  ],
};
