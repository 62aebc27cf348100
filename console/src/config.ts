/** Build-time configuration (Vite env), with the local suite's defaults. */
export const config = {
  issuer: (import.meta.env.VITE_AUTH_ISSUER || 'http://localhost:9000').replace(/\/+$/, ''),
  clientId: import.meta.env.VITE_AUTH_CLIENT_ID || 'admin-console',
  scope: 'openid profile',
  /** The API is same-origin: the gateway serves the console (and the dev server proxies /api to it). */
  apiBase: '',
};

/** Where the console lives: http://localhost:8080/console/ when built, http://localhost:5173/ in dev. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).toString();
}

export function redirectUri(): string {
  return new URL('callback', appBaseUrl()).toString();
}
