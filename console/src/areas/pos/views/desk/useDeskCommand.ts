import { outcomeUnknown, type Problem } from '../../../../api/problems';
import { SV_STATUS } from '../../../../api/storedValue';
import { useConfirmedCommand } from '../../../../composables/useConfirmedCommand';

/** Refusals after which the desk reads the card again: its version is stale (601), or a plan's time ran out (1003). */
const RELOADING_STATUSES: readonly number[] = [SV_STATUS.cardUnusable, SV_STATUS.paymentTimedOut];

export function reloadsCard(problem: Problem): boolean {
  return problem.kind === 'refused' && RELOADING_STATUSES.includes(problem.code);
}

/**
 * One command panel's sending: the console's confirmed command (the cashier confirms what will happen; a
 * double click sends once, a retry after a lost answer sends the same key), and the card is read again after
 * success, or after a refusal that says the desk's copy is stale.
 */
export function useDeskCommand(cardChanged: () => Promise<void> | void) {
  const submission = useConfirmedCommand({ confirmKey: 'pos.desk.send', boxClass: 'pos-desk-confirm' });

  async function run<T>(
    title: string,
    message: string,
    send: (idempotencyKey: string) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false }> {
    const answer = await submission.run({ title, message }, send);
    if (answer.ok) {
      await cardChanged();
      return answer;
    }
    if (answer.problem && reloadsCard(answer.problem)) await cardChanged();
    return { ok: false };
  }

  /** Whether the problem shown may be retried as it is (same key): the outcome of the last send is unknown. */
  function retryable(): boolean {
    return submission.problem.value !== undefined && outcomeUnknown(submission.problem.value);
  }

  return { sending: submission.sending, problem: submission.problem, run, retryable, reset: submission.reset };
}
