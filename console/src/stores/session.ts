import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { decodeClaims } from '../auth/jwt';
import { endSessionUrl, refresh, startLogin, type TokenResponse } from '../auth/oidc';

/** The roles of auth-server's accounts (auth-server/README.md). */
export type Role = 'OPS' | 'MERCHANT' | 'POS' | 'PARK' | 'APP';

/** Refresh this long before the access token runs out, or a quarter of its life when that is shorter. */
export const REFRESH_LEAD_MS = 60_000;

export function refreshDelay(expiresInSeconds: number): number {
  const lifetime = Math.max(0, expiresInSeconds * 1000);
  return lifetime - Math.min(REFRESH_LEAD_MS, lifetime / 4);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Where a re-login returns to; main.ts points it at the router's current route. */
let currentPath: () => string = () => '/';

export function setReturnPathProvider(provider: () => string): void {
  currentPath = provider;
}

/**
 * The login, in memory only: a reload starts a new login (the provider's own session cookie makes it quick).
 * Nothing here is written to localStorage or sessionStorage.
 */
export const useSessionStore = defineStore('session', () => {
  const accessToken = shallowRef<string>();
  const refreshToken = shallowRef<string>();
  const idToken = shallowRef<string>();
  const expiresAt = ref(0);
  const claims = shallowRef<Record<string, unknown>>({});
  const idClaims = shallowRef<Record<string, unknown>>({});
  let timer: ReturnType<typeof setTimeout> | undefined;
  let refreshing: Promise<boolean> | undefined;

  const roles = computed(() => stringList(claims.value.roles) as Role[]);
  const merchantIds = computed(() => stringList(claims.value.merchantIds));
  const shopIds = computed(() => stringList(claims.value.shopIds));
  const tenantId = computed(() => (typeof claims.value.tenantId === 'string' ? claims.value.tenantId : undefined));
  const userName = computed(() => {
    for (const value of [idClaims.value.preferred_username, idClaims.value.name, claims.value.sub]) {
      if (typeof value === 'string' && value) {
        return value;
      }
    }
    return '';
  });

  function isExpired(now = Date.now()): boolean {
    return !accessToken.value || now >= expiresAt.value;
  }

  const isAuthenticated = computed(() => !!accessToken.value);

  function accept(tokens: TokenResponse, now = Date.now()): void {
    accessToken.value = tokens.access_token;
    // Rotation: each refresh answers a new refresh token; keep the old one only when none comes back.
    refreshToken.value = tokens.refresh_token ?? refreshToken.value;
    idToken.value = tokens.id_token ?? idToken.value;
    expiresAt.value = now + tokens.expires_in * 1000;
    claims.value = decodeClaims(tokens.access_token);
    if (tokens.id_token) {
      idClaims.value = decodeClaims(tokens.id_token);
    }
    schedule(tokens.expires_in);
  }

  function schedule(expiresInSeconds: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void renew();
    }, refreshDelay(expiresInSeconds));
  }

  function clear(): void {
    clearTimeout(timer);
    timer = undefined;
    accessToken.value = undefined;
    refreshToken.value = undefined;
    idToken.value = undefined;
    expiresAt.value = 0;
    claims.value = {};
    idClaims.value = {};
  }

  /** Renews the tokens; when that fails the login is over and a clean new one starts. */
  function renew(): Promise<boolean> {
    refreshing ??= (async () => {
      try {
        if (!refreshToken.value) {
          throw new Error('no refresh token');
        }
        accept(await refresh(refreshToken.value));
        return true;
      } catch {
        clear();
        await startLogin(currentPath());
        return false;
      } finally {
        refreshing = undefined;
      }
    })();
    return refreshing;
  }

  async function logout(): Promise<void> {
    const hint = idToken.value;
    clear();
    window.location.assign(await endSessionUrl(hint));
  }

  return {
    accessToken,
    expiresAt,
    roles,
    merchantIds,
    shopIds,
    tenantId,
    userName,
    isAuthenticated,
    isExpired,
    accept,
    clear,
    renew,
    logout,
  };
});
