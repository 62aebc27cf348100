import type { Area } from '../area';
import messages from './messages';

/** 停车管理 (PARK): the parking office of seed 001. PARK tokens name no park: every park is the office's. */
export const parkingArea: Area = {
  key: 'parking',
  messages,
  groups: [
    {
      key: 'parking-office',
      labelKey: 'parking.menu.group',
      pages: [
        {
          route: 'parking-user',
          path: 'parking/user',
          labelKey: 'parking.menu.user',
          roles: ['PARK'],
          component: () => import('./views/ParkingUserView.vue'),
        },
        {
          route: 'parking-audits',
          path: 'parking/audits',
          labelKey: 'parking.menu.audits',
          roles: ['PARK'],
          component: () => import('./views/ParkingAuditsView.vue'),
        },
        {
          route: 'parking-orgs',
          path: 'parking/orgs',
          labelKey: 'parking.menu.orgs',
          roles: ['PARK'],
          component: () => import('./views/ParkingOrgsView.vue'),
        },
        {
          route: 'parking-extra-config',
          path: 'parking/extra-config',
          labelKey: 'parking.menu.extraConfig',
          roles: ['PARK'],
          component: () => import('./views/ParkingExtraConfigView.vue'),
        },
      ],
    },
  ],
};
