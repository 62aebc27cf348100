/// <reference types="vite/client" />
/// <reference types="vitest/config" />

interface ImportMetaEnv {
  /** The OpenID provider's issuer as browsers reach it (auth-server); default http://localhost:9000. */
  readonly VITE_AUTH_ISSUER?: string;
  /** The public client the console logs in as; default admin-console. */
  readonly VITE_AUTH_CLIENT_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
