import { vi } from 'vitest';
import { configureApi } from '../api/http';

/** One stubbed answer: the KOP envelope with this data (code 200), or a failure envelope when code is not 200. */
export interface StubAnswer {
  code?: number;
  msg?: string | null;
  data?: unknown;
}

/** A successful KOP envelope. */
export const ok = (data: unknown): StubAnswer => ({ data });
/** A refused KOP envelope (seed 000 answers its code as the HTTP status too). */
export const refused = (code: number, msg: string): StubAnswer => ({ code, msg });

/**
 * Stubs `fetch` with KOP answers in order (the last one repeats) and logs in with a fixed token. Answers the mock,
 * whose calls hold the URL and RequestInit each request was sent with, and `sent(n)`: what the n-th request sent.
 * Undo with `vi.unstubAllGlobals()`.
 */
export function stubKop(...answers: StubAnswer[]) {
  let next = 0;
  const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => {
    const answer = answers[Math.min(next++, answers.length - 1)] ?? {};
    const code = answer.code ?? 200;
    const body = code === 200 ? { code, msg: null, data: answer.data ?? null } : { code, msg: answer.msg ?? null };
    return new Response(JSON.stringify(body), { status: code, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  configureApi({ token: async () => 'token', renew: async () => false });

  /** What the n-th request sent: method, URL and JSON body (undefined for none). */
  function sent(index = 0) {
    const [url, init] = fetchMock.mock.calls[index]!;
    return { url, method: init.method, body: init.body == null ? undefined : JSON.parse(String(init.body)) };
  }
  return { fetchMock, sent };
}
