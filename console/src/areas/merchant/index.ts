import type { Area } from '../area';
import messages from './messages';

const SwapOrdersView = () => import('../../views/SwapOrdersView.vue');

/** 商户后台 (MERCHANT), seed 000 section 0: every page sees only the merchants the token names. */
export const merchantArea: Area = {
  key: 'merchant',
  messages,
  groups: [
    {
      key: 'merchant-operations',
      labelKey: 'merchant.menu.operations',
      pages: [
        {
          route: 'merchant-swap-orders',
          path: 'merchant/swap-orders',
          labelKey: 'merchant.menu.memberSwapOrders',
          roles: ['MERCHANT'],
          component: SwapOrdersView,
          props: { profile: 'merchant-member' },
        },
      ],
    },
  ],
};
