import { ref } from 'vue';
import { outcomeUnknown, problemOf, type Problem } from '../api/problems';

/** A new idempotency key: 32 hex digits (fits every seed's key fields, e.g. seed 002's order codes). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * One form's command: one idempotency key per submission, kept until the outcome is known, so a double click sends
 * nothing twice (a second submit while one is in flight is ignored) and a retry after a network failure or a 5xx
 * sends the same key again (the server answers the first result). A definite answer (success or a refusal) ends the
 * submission: the next one gets a new key. `confirm` runs first and may cancel (return false).
 */
export function useSubmission() {
  const sending = ref(false);
  const problem = ref<Problem>();
  let key: string | undefined;

  /** The key of the submission under way (made on first use). */
  function currentKey(): string {
    key ??= newIdempotencyKey();
    return key;
  }

  async function submit<T>(
    send: (idempotencyKey: string) => Promise<T>,
    confirm: () => Promise<boolean> = async () => true,
  ): Promise<{ ok: true; value: T } | { ok: false; problem?: Problem }> {
    if (sending.value) return { ok: false };
    sending.value = true;
    try {
      if (!(await confirm())) return { ok: false };
      problem.value = undefined;
      const value = await send(currentKey());
      key = undefined;
      return { ok: true, value };
    } catch (error) {
      const found = problemOf(error);
      if (!outcomeUnknown(found)) key = undefined;
      problem.value = found;
      return { ok: false, problem: found };
    } finally {
      sending.value = false;
    }
  }

  /** Forget the submission under way (the form was cleared for a new one). */
  function reset(): void {
    key = undefined;
    problem.value = undefined;
  }

  return { sending, problem, submit, currentKey, reset };
}
