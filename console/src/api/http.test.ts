import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, configureApi, kopPost } from './http';

const fetchMock = vi.fn<typeof fetch>();

function answer(status: number, body: unknown): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('KOP API client', () => {
  let token: string | undefined;
  const renew = vi.fn<() => Promise<boolean>>();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockReset();
    renew.mockReset();
    token = 'token-1';
    configureApi({ token: async () => token, renew });
  });

  afterEach(() => vi.unstubAllGlobals());

  it('posts JSON with the bearer token and returns the envelope data', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { code: 200, msg: null, data: { total: 1, result: [] } }));
    await expect(kopPost('/api/swap/orders/query', { pageNo: 1 })).resolves.toEqual({ total: 1, result: [] });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/swap/orders/query');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"pageNo":1}');
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer token-1');
  });

  it("sends a call's own headers (X-Shop-Id: the till's shop) beside the bearer token", async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { code: 200, msg: null, data: null }));
    await kopPost('/api/stored-value/shops', {}, { headers: { 'X-Shop-Id': '2' } });
    const headers = fetchMock.mock.calls[0]![1]!.headers as Record<string, string>;
    expect([headers['X-Shop-Id'], headers.Authorization]).toEqual(['2', 'Bearer token-1']);
  });

  it('sends no Authorization header without a login', async () => {
    token = undefined;
    fetchMock.mockResolvedValueOnce(answer(200, { code: 200, msg: null, data: null }));
    await kopPost('/api/x', {});
    expect((fetchMock.mock.calls[0]![1]?.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it.each([
    [400, 'badRequest'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [409, 'conflict'],
    [500, 'server'],
    [503, 'server'],
  ])('turns code %i with its msg into a typed %s error', async (code, kind) => {
    fetchMock.mockResolvedValueOnce(answer(code, { code, msg: 'because' }));
    const error = await failure(kopPost('/api/x', {}));
    expect(error.kind).toBe(kind);
    expect(error.code).toBe(code);
    expect(error.msg).toBe('because');
    expect(error.httpStatus).toBe(code);
  });

  it('an envelope with a non-200 code under HTTP 200 is still a failure', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { code: 409, msg: 'conflict' }));
    const error = await failure(kopPost('/api/x', {}));
    expect(error.kind).toBe('conflict');
    expect(error.code).toBe(409);
  });

  it('a failure without an envelope (a proxy page) is typed by its HTTP status', async () => {
    fetchMock.mockResolvedValueOnce(answer(502, '<html>Bad Gateway</html>'));
    const error = await failure(kopPost('/api/x', {}));
    expect(error.kind).toBe('server');
    expect(error.code).toBe(502);
    expect(error.msg).toBeNull();
  });

  it('a 200 without an envelope is unexpected, not data', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { result: [] }));
    expect((await failure(kopPost('/api/x', {}))).kind).toBe('unexpected');
  });

  it('on 401 renews the token once and repeats the call', async () => {
    fetchMock
      .mockResolvedValueOnce(answer(401, { code: 401, msg: 'expired' }))
      .mockResolvedValueOnce(answer(200, { code: 200, msg: null, data: 'ok' }));
    renew.mockImplementationOnce(async () => {
      token = 'token-2';
      return true;
    });
    await expect(kopPost('/api/x', {})).resolves.toBe('ok');
    expect(renew).toHaveBeenCalledOnce();
    expect((fetchMock.mock.calls[1]![1]?.headers as Record<string, string>).Authorization).toBe('Bearer token-2');
  });

  it('a 401 that renewal cannot fix is an unauthorized error, not a loop', async () => {
    fetchMock.mockResolvedValue(answer(401, { code: 401, msg: 'expired' }));
    renew.mockResolvedValue(false);
    expect((await failure(kopPost('/api/x', {}))).kind).toBe('unauthorized');
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('a 403 is not retried', async () => {
    fetchMock.mockResolvedValue(answer(403, { code: 403, msg: 'not yours' }));
    expect((await failure(kopPost('/api/x', {}))).kind).toBe('forbidden');
    expect(renew).not.toHaveBeenCalled();
  });

  it('no answer at all is a network error', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const error = await failure(kopPost('/api/x', {}));
    expect(error.kind).toBe('network');
    expect(error.code).toBe(0);
  });

  it('an aborted call rejects with the abort, not an API error', async () => {
    fetchMock.mockRejectedValueOnce(new DOMException('aborted', 'AbortError'));
    await expect(kopPost('/api/x', {})).rejects.toMatchObject({ name: 'AbortError' });
  });
});
