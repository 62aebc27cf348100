import { createApp } from 'vue';
import { createPinia } from 'pinia';
import 'element-plus/dist/index.css';
import './theme.css';
import App from './App.vue';
import { i18n } from './i18n';
import { router } from './router';
import { configureApi } from './api/http';
import { loadRuntimeConfig } from './config';
import { makeTableScrollAreasFocusable } from './a11y';
import { setReturnPathProvider, useSessionStore } from './stores/session';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);

const session = useSessionStore();
setReturnPathProvider(() => router.currentRoute.value.fullPath);
configureApi({
  async token() {
    if (session.isAuthenticated && session.isExpired() && !(await session.renew())) {
      return undefined;
    }
    return session.accessToken;
  },
  renew: () => session.renew(),
});

document.documentElement.lang = i18n.global.locale.value;
// The router's first navigation may start a login: it needs this environment's issuer first.
void loadRuntimeConfig().then(() => {
  app.use(router);
  app.mount('#app');
  makeTableScrollAreasFocusable(document.getElementById('app')!);
});
