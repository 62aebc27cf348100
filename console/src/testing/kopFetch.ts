import { vi } from 'vitest';
import { configureApi } from '../api/http';

/** One stubbed answer: the KOP envelope with this data (code 200), or a failure envelope when code is not 200. */
export interface StubAnswer {
  code?: number;
  msg?: string | null;
  data?: unknown;
}

/**
 * Stubs `fetch` with KOP answers in order (the last one repeats) and logs in with a fixed token; answers the mock,
 * whose calls hold the URL and RequestInit each request was sent with. Undo with `vi.unstubAllGlobals()`.
 */
export function stubKopFetch(...answers: StubAnswer[]) {
  let next = 0;
  const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => {
    const answer = answers[Math.min(next++, answers.length - 1)] ?? {};
    const code = answer.code ?? 200;
    const body = code === 200 ? { code, msg: null, data: answer.data ?? null } : { code, msg: answer.msg ?? null };
    return new Response(JSON.stringify(body), { status: code, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  configureApi({ token: async () => 'token', renew: async () => false });
  return fetchMock;
}

/** What the n-th request sent: method, URL and JSON body (undefined for none). */
export function sent(fetchMock: ReturnType<typeof stubKopFetch>, index = 0) {
  const [url, init] = fetchMock.mock.calls[index]!;
  return { url, method: init.method, body: init.body ? JSON.parse(String(init.body)) : undefined };
}

/**
 * Stubs `fetch` to answer seed 000's KOP envelopes in turn (the last one repeats) and logs the console in with a
 * fixed token; `sent(n)` tells what the n-th call sent. Undo with `vi.unstubAllGlobals()`.
 */
export function stubKop(...answers: { status?: number; body: unknown }[]) {
  let next = 0;
  const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => {
    const answer = answers[Math.min(next++, answers.length - 1)]!;
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  configureApi({ token: async () => 't', renew: async () => false });
  function sent(n = 0) {
    const [url, init] = fetchMock.mock.calls[n]!;
    return { url, method: init.method, body: init.body == null ? undefined : JSON.parse(String(init.body)) };
  }
  return { fetchMock, sent };
}

/** A successful KOP envelope. */
export const ok = (data: unknown) => ({ body: { code: 200, msg: null, data } });
/** A refused KOP envelope (seed 000 answers its code as the HTTP status too). */
export const refused = (code: number, msg: string) => ({ status: code, body: { code, msg } });
