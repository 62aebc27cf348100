import type { Area } from '../area';
import messages from './messages';

const SwapOrdersView = () => import('../../views/SwapOrdersView.vue');

/** 商户后台 (MERCHANT), seed 000 section 0: every page sees only the merchants the token names. */
export const merchantArea: Area = {
  key: 'merchant',
  messages,
  groups: [
    {
      key: 'merchant-home',
      labelKey: 'merchant.menu.home',
      untitled: true,
      pages: [
        {
          route: 'merchant-home',
          path: 'merchant/home',
          labelKey: 'merchant.menu.home',
          roles: ['MERCHANT'],
          component: () => import('./views/HomeView.vue'),
        },
      ],
    },
    {
      key: 'merchant-operations',
      labelKey: 'merchant.menu.operations',
      pages: [
        {
          route: 'merchant-access-reviews',
          path: 'merchant/access-reviews',
          labelKey: 'merchant.menu.accessReviews',
          roles: ['MERCHANT'],
          component: () => import('./views/AccessReviewsView.vue'),
        },
        {
          route: 'merchant-deposit-refunds',
          path: 'merchant/deposit-refunds',
          labelKey: 'merchant.menu.depositRefunds',
          roles: ['MERCHANT'],
          component: () => import('./views/DepositRefundsView.vue'),
        },
        {
          route: 'merchant-deposit-refund',
          path: 'merchant/deposit-refunds/:id(\\d+)',
          labelKey: 'merchant.menu.depositRefund',
          roles: ['MERCHANT'],
          component: () => import('./views/DepositRefundView.vue'),
          props: true,
          hidden: true,
        },
        {
          route: 'merchant-overdue-assets',
          path: 'merchant/overdue-assets',
          labelKey: 'merchant.menu.overdueAssets',
          roles: ['MERCHANT'],
          component: () => import('./views/OverdueAssetsView.vue'),
        },
        {
          route: 'merchant-member-batteries',
          path: 'merchant/store-assets/member-batteries',
          labelKey: 'merchant.menu.memberBatteries',
          submenuLabelKey: 'merchant.menu.storeAssets',
          roles: ['MERCHANT'],
          component: () => import('./views/MemberBatteriesView.vue'),
        },
        {
          route: 'merchant-store-members',
          path: 'merchant/store-members',
          labelKey: 'merchant.menu.storeMembers',
          roles: ['MERCHANT'],
          component: () => import('./views/StoreMembersView.vue'),
        },
        {
          route: 'merchant-cabinet-swaps',
          path: 'merchant/cabinet-swaps',
          labelKey: 'merchant.menu.cabinetSwaps',
          roles: ['MERCHANT'],
          component: SwapOrdersView,
          props: { profile: 'merchant-cabinet-normal' },
        },
        {
          route: 'merchant-cabinet-abnormal-swaps',
          path: 'merchant/cabinet-abnormal-swaps',
          labelKey: 'merchant.menu.cabinetAbnormalSwaps',
          roles: ['MERCHANT'],
          component: SwapOrdersView,
          props: { profile: 'merchant-cabinet-abnormal' },
        },
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
