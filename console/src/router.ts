import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { allows, homeRouteFor } from './menu';
import { useSessionStore } from './stores/session';
import ShellLayout from './layouts/ShellLayout.vue';
import { AREAS } from './areas';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a login (the login and its callback). */
    public?: boolean;
    roles?: readonly string[];
    titleKey?: string;
  }
}

// Every area's pages, each allowed to the roles its area gives it.
const areaRoutes: RouteRecordRaw[] = AREAS.flatMap((area) =>
  area.groups.flatMap((group) =>
    group.pages.map((page) => ({
      path: page.path,
      name: page.route,
      component: page.component,
      props: page.props ?? false,
      meta: { roles: page.roles, titleKey: page.labelKey },
    })),
  ),
);

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true } },
  { path: '/callback', name: 'callback', component: () => import('./views/LoginView.vue'), meta: { public: true } },
  {
    path: '/',
    component: ShellLayout,
    children: [
      { path: '', name: 'home', component: () => import('./views/NothingHereView.vue') },
      ...areaRoutes,
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: { name: 'home' } },
];

export const router = createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes });

router.beforeEach((to) => {
  if (to.meta.public) {
    return true;
  }
  const session = useSessionStore();
  if (!session.isAuthenticated) {
    return { name: 'login', query: { returnTo: to.fullPath } };
  }
  if (to.name === 'home') {
    const home = homeRouteFor(session.roles);
    return home ? { name: home } : true;
  }
  // A page the person's roles may not use: not in their menu, and its address leads to their own start page.
  return allows(to.meta.roles, session.roles) ? true : { name: 'home' };
});
