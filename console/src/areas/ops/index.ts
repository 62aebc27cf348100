import type { Area } from '../area';
import messages from './messages';

const SwapOrdersView = () => import('../../views/SwapOrdersView.vue');

/** 运营后台 (OPS), seed 000 section 0, plus the battery list, migrations and the partner's dead letters (运营工具). */
export const opsArea: Area = {
  key: 'ops',
  messages,
  groups: [
    {
      key: 'member-management',
      labelKey: 'ops.menu.memberManagement',
      pages: [
        {
          route: 'ops-battery-bindings',
          path: 'ops/battery-bindings',
          labelKey: 'ops.menu.batteryBindings',
          roles: ['OPS'],
          component: () => import('./views/BatteryBindingsView.vue'),
        },
        {
          route: 'ops-members',
          path: 'ops/members',
          labelKey: 'ops.menu.members',
          roles: ['OPS'],
          component: () => import('./views/MembersView.vue'),
        },
      ],
    },
    {
      key: 'swap-order-management',
      labelKey: 'ops.menu.swapOrderManagement',
      pages: [
        {
          route: 'ops-abnormal-orders',
          path: 'ops/abnormal-orders',
          labelKey: 'ops.menu.abnormalOrders',
          roles: ['OPS'],
          component: SwapOrdersView,
          props: { profile: 'ops-abnormal' },
        },
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
    {
      key: 'ops-tools',
      labelKey: 'ops.menu.tools',
      pages: [
        {
          route: 'ops-batteries',
          path: 'ops/batteries',
          labelKey: 'ops.menu.batteries',
          roles: ['OPS'],
          component: () => import('./views/BatteriesView.vue'),
        },
        {
          route: 'ops-migrations',
          path: 'ops/migrations',
          labelKey: 'ops.menu.migrations',
          roles: ['OPS'],
          component: () => import('./views/MigrationView.vue'),
        },
        {
          route: 'ops-partner-calls',
          path: 'ops/partner-calls',
          labelKey: 'ops.menu.partnerCalls',
          roles: ['OPS'],
          component: () => import('./views/PartnerCallsView.vue'),
        },
      ],
    },
  ],
};
