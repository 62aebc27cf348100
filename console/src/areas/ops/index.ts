import type { Area } from '../area';
import messages from './messages';

const SwapOrdersView = () => import('../../views/SwapOrdersView.vue');

/** 运营后台 (OPS), seed 000 section 0, plus the battery list, migrations and the partner's dead letters. */
export const opsArea: Area = {
  key: 'ops',
  messages,
  groups: [
    {
      key: 'swap-order-management',
      labelKey: 'ops.menu.swapOrderManagement',
      pages: [
        {
          route: 'ops-swap-orders',
          path: 'ops/swap-orders',
          labelKey: 'ops.menu.swapOrders',
          roles: ['OPS'],
          component: SwapOrdersView,
          props: { profile: 'ops-normal' },
        },
      ],
    },
  ],
};
