/**
 * Where the login goes. Served by the gateway, the console reads this environment's issuer and client from
 * /console/config.json at start (one build for every environment); the dev server has none, so the build-time
 * values (Vite env, the local suite's defaults) stand.
 */
export const config = {
  issuer: trimSlash(import.meta.env.VITE_AUTH_ISSUER || 'http://localhost:9000'),
  clientId: import.meta.env.VITE_AUTH_CLIENT_ID || 'admin-console',
  scope: 'openid profile',
  /** The API is same-origin: the gateway serves the console (and the dev server proxies /api to it). */
  apiBase: '',
};

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** Takes the issuer and client of config.json beside index.html when there is one. */
export async function loadRuntimeConfig(fetchJson: typeof fetch = fetch): Promise<void> {
  let answer: Response;
  try {
    answer = await fetchJson(new URL('config.json', appBaseUrl()).toString(), { cache: 'no-store' });
  } catch {
    return;
  }
  if (!answer.ok || !answer.headers.get('content-type')?.includes('application/json')) return;
  const served = (await answer.json()) as { issuer?: unknown; clientId?: unknown };
  if (typeof served.issuer === 'string' && served.issuer) config.issuer = trimSlash(served.issuer);
  if (typeof served.clientId === 'string' && served.clientId) config.clientId = served.clientId;
}

/** Where the console lives: http://localhost:8080/console/ when built, http://localhost:5173/ in dev. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).toString();
}

export function redirectUri(): string {
  return new URL('callback', appBaseUrl()).toString();
}
