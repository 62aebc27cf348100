import { vi } from 'vitest';
import { configureApi } from '../api/http';

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
