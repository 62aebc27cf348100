import { config, appBaseUrl, redirectUri } from '../config';
import { challengeOf, createVerifier, randomToken } from './pkce';

/** The parts of the provider's discovery document the console uses. */
export interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

/** A token endpoint answer (RFC 6749 §5.1). */
export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token?: string;
  id_token?: string;
  scope?: string;
}

/** What a login keeps across the redirect: only this goes to sessionStorage, and only until the callback. */
interface PendingLogin {
  state: string;
  verifier: string;
  nonce: string;
  returnTo: string;
}

const PENDING_KEY = 'northstar.console.login';

export class OidcError extends Error {
  constructor(
    message: string,
    readonly error?: string,
  ) {
    super(message);
    this.name = 'OidcError';
  }
}

let discovery: Promise<Discovery> | undefined;

export function discover(): Promise<Discovery> {
  discovery ??= fetch(`${config.issuer}/.well-known/openid-configuration`)
    .then(async (response) => {
      if (!response.ok) {
        throw new OidcError(`discovery answered ${response.status}`);
      }
      const document = (await response.json()) as Discovery;
      if (document.issuer.replace(/\/+$/, '') !== config.issuer) {
        throw new OidcError(`discovery names issuer ${document.issuer}, expected ${config.issuer}`);
      }
      return document;
    })
    .catch((error: unknown) => {
      discovery = undefined;
      throw error;
    });
  return discovery;
}

/** Sends the browser to the provider's login (authorization code + PKCE S256). */
export async function startLogin(returnTo: string): Promise<void> {
  const provider = await discover();
  const pending: PendingLogin = { state: randomToken(), verifier: createVerifier(), nonce: randomToken(), returnTo };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: config.scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

/** Finishes a login on the callback page: checks state, exchanges the code with the verifier. */
export async function completeLogin(params: URLSearchParams): Promise<{ tokens: TokenResponse; returnTo: string }> {
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  const error = params.get('error');
  if (error) {
    throw new OidcError(params.get('error_description') || error, error);
  }
  if (!raw) {
    throw new OidcError('no login was under way in this tab', 'no_pending_login');
  }
  const pending = JSON.parse(raw) as PendingLogin;
  const code = params.get('code');
  if (!code || params.get('state') !== pending.state) {
    throw new OidcError('the login answer does not belong to this login', 'state_mismatch');
  }
  const tokens = await tokenRequest({
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri(),
    client_id: config.clientId,
    code_verifier: pending.verifier,
  });
  return { tokens, returnTo: pending.returnTo };
}

export async function refresh(refreshToken: string): Promise<TokenResponse> {
  return tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: config.clientId });
}

/** The provider's logout (RP-initiated logout), back to the console's start page. */
export async function endSessionUrl(idToken: string | undefined): Promise<string> {
  const provider = await discover();
  const base = provider.end_session_endpoint ?? `${config.issuer}/connect/logout`;
  const url = new URL(base);
  const params = new URLSearchParams({ client_id: config.clientId, post_logout_redirect_uri: appBaseUrl() });
  if (idToken) {
    params.set('id_token_hint', idToken);
  }
  url.search = params.toString();
  return url.toString();
}

async function tokenRequest(form: Record<string, string>): Promise<TokenResponse> {
  const provider = await discover();
  const response = await fetch(provider.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams(form).toString(),
  });
  const body = (await response.json().catch(() => ({}))) as Partial<TokenResponse> & {
    error?: string;
    error_description?: string;
  };
  if (!response.ok || !body.access_token) {
    throw new OidcError(body.error_description || body.error || `token endpoint answered ${response.status}`, body.error);
  }
  return body as TokenResponse;
}
