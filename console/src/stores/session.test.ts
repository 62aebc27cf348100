import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { fakeJwt } from '../testing/jwt';
import { refreshDelay, setReturnPathProvider, useSessionStore } from './session';
import type { TokenResponse } from '../auth/oidc';

vi.mock('../auth/oidc', () => ({
  refresh: vi.fn(),
  startLogin: vi.fn(async () => undefined),
  endSessionUrl: vi.fn(async (hint?: string) => `http://localhost:9000/connect/logout?id_token_hint=${hint}`),
}));
const oidc = await import('../auth/oidc');
const refresh = vi.mocked(oidc.refresh);
const startLogin = vi.mocked(oidc.startLogin);

function tokens(n: number, expiresIn = 900, claims: Record<string, unknown> = {}): TokenResponse {
  return {
    access_token: fakeJwt({ sub: 'merchant-m001', roles: ['MERCHANT'], merchantIds: ['M001'], shopIds: [], n, ...claims }),
    token_type: 'Bearer',
    expires_in: expiresIn,
    refresh_token: `refresh-${n}`,
    id_token: n === 1 ? fakeJwt({ sub: 'merchant-m001', preferred_username: 'merchant-m001' }) : undefined,
  };
}

describe('session store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-05T10:00:00Z'));
    refresh.mockReset();
    startLogin.mockClear();
    setReturnPathProvider(() => '/merchant/swap-orders?pageNo=2');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('refreshes a minute before expiry, or at three quarters of a short life', () => {
    expect(refreshDelay(900)).toBe(840_000);
    expect(refreshDelay(120)).toBe(90_000);
    expect(refreshDelay(0)).toBe(0);
  });

  it('reads the roles and scopes from the access token and the name from the id token', () => {
    const session = useSessionStore();
    session.accept(tokens(1, 900, { tenantId: 'T001' }));
    expect(session.isAuthenticated).toBe(true);
    expect(session.roles).toEqual(['MERCHANT']);
    expect(session.merchantIds).toEqual(['M001']);
    expect(session.tenantId).toBe('T001');
    expect(session.userName).toBe('merchant-m001');
  });

  it('knows when the access token has run out', () => {
    const session = useSessionStore();
    session.accept(tokens(1, 900));
    expect(session.isExpired()).toBe(false);
    expect(session.isExpired(Date.now() + 899_999)).toBe(false);
    expect(session.isExpired(Date.now() + 900_000)).toBe(true);
  });

  it('renews with the rotated refresh token before expiry, and again for the new token', async () => {
    const session = useSessionStore();
    refresh.mockResolvedValueOnce(tokens(2)).mockResolvedValueOnce(tokens(3));
    session.accept(tokens(1));

    await vi.advanceTimersByTimeAsync(839_999);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(refresh).toHaveBeenLastCalledWith('refresh-1');
    expect(session.accessToken).toBe(tokens(2).access_token);
    expect(session.isExpired()).toBe(false);
    expect(session.userName).toBe('merchant-m001');

    await vi.advanceTimersByTimeAsync(840_000);
    expect(refresh).toHaveBeenLastCalledWith('refresh-2');
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(startLogin).not.toHaveBeenCalled();
  });

  it('a failed refresh ends the session and starts a clean login back to the same page', async () => {
    const session = useSessionStore();
    refresh.mockRejectedValueOnce(new Error('invalid_grant'));
    session.accept(tokens(1));

    await vi.advanceTimersByTimeAsync(840_000);
    expect(session.isAuthenticated).toBe(false);
    expect(session.accessToken).toBeUndefined();
    expect(session.roles).toEqual([]);
    expect(startLogin).toHaveBeenCalledWith('/merchant/swap-orders?pageNo=2');
  });

  it('concurrent renewals share one refresh (a rotated refresh token works once)', async () => {
    const session = useSessionStore();
    let answer!: (value: TokenResponse) => void;
    refresh.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    session.accept(tokens(1));
    const first = session.renew();
    const second = session.renew();
    answer(tokens(2));
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('without a refresh token, expiry leads to a new login', async () => {
    const session = useSessionStore();
    session.accept({ ...tokens(1), refresh_token: undefined });
    await vi.advanceTimersByTimeAsync(840_000);
    expect(refresh).not.toHaveBeenCalled();
    expect(startLogin).toHaveBeenCalledOnce();
  });

  it('never writes tokens to web storage', () => {
    const writes: string[] = [];
    const storage = { setItem: (key: string) => writes.push(key), getItem: () => null, removeItem: () => undefined };
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('sessionStorage', storage);
    try {
      useSessionStore().accept(tokens(1));
      expect(writes).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('logout clears the tokens and leaves through the provider with the id token hint', async () => {
    const assign = vi.fn();
    vi.stubGlobal('window', { location: { assign } });
    try {
      const session = useSessionStore();
      session.accept(tokens(1));
      const idToken = tokens(1).id_token;
      await session.logout();
      expect(session.isAuthenticated).toBe(false);
      expect(assign).toHaveBeenCalledWith(`http://localhost:9000/connect/logout?id_token_hint=${idToken}`);
      await vi.advanceTimersByTimeAsync(900_000);
      expect(refresh).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
