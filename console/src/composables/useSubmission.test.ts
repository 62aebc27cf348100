import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { useSubmission } from './useSubmission';

describe('useSubmission: one idempotency key per form submission', () => {
  it('a double click sends once: the second submit while the first is in flight is ignored', async () => {
    const { submit } = useSubmission();
    const keys: string[] = [];
    let finish!: () => void;
    const first = submit((key) => new Promise<void>((resolve) => { keys.push(key); finish = resolve; }));
    const second = await submit(async (key) => { keys.push(key); });
    finish();
    expect(second).toEqual({ ok: false });
    expect((await first).ok).toBe(true);
    expect(keys).toHaveLength(1);
  });

  it('a retry after a network failure or a 5xx carries the same key; a new submission after success a new one', async () => {
    const { submit } = useSubmission();
    const keys: string[] = [];
    await submit(async (key) => { keys.push(key); throw new ApiError('network', 0, null, 0); });
    await submit(async (key) => { keys.push(key); throw new ApiError('server', 503, 'busy', 503); });
    await submit(async (key) => { keys.push(key); });
    await submit(async (key) => { keys.push(key); });
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    expect(keys[3]).not.toBe(keys[0]);
  });

  it('a definite refusal ends the submission: the next gets a new key', async () => {
    const { submit, problem } = useSubmission();
    const keys: string[] = [];
    const refused = await submit(async (key) => { keys.push(key); throw new ApiError('conflict', 409, 'already confirmed', 200); });
    await submit(async (key) => { keys.push(key); });
    expect(refused).toEqual({ ok: false, problem: { kind: 'refused', reason: 'already confirmed', code: 409 } });
    expect(problem.value).toBeUndefined();
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('nothing is sent when the confirmation is declined', async () => {
    const { submit } = useSubmission();
    let sent = false;
    const answer = await submit(async () => { sent = true; }, async () => false);
    expect(answer).toEqual({ ok: false });
    expect(sent).toBe(false);
  });
});
