import { useI18n } from 'vue-i18n';
import { confirmBeforeSend } from './confirmBeforeSend';
import { useSubmission } from './useSubmission';

/** What the confirmation box asks before a command is sent. */
export interface Confirmation {
  title: string;
  message: string;
}

/** How a page's confirmations look: the confirm button's message key (default common.confirm), a class of the box. */
export interface ConfirmationLook {
  confirmKey?: string;
  boxClass?: string;
}

/**
 * A command of a page (approve, correct, freeze, pay…): asks first (confirmBeforeSend), then sends through
 * useSubmission, so a double click (also while the box is open) sends once, a retry after a lost answer sends the
 * same idempotency key, and the server's reason of a failure is in `problem`.
 */
export function useConfirmedCommand(look: ConfirmationLook = {}) {
  const submission = useSubmission();
  const { t } = useI18n();

  function run<T>(confirmation: Confirmation, send: (idempotencyKey: string) => Promise<T>) {
    const labels = { confirm: t(look.confirmKey ?? 'common.confirm'), cancel: t('common.cancel') };
    return submission.submit(send, () => confirmBeforeSend(confirmation.message, confirmation.title, labels, look.boxClass));
  }

  return { sending: submission.sending, problem: submission.problem, run, reset: submission.reset, currentKey: submission.currentKey };
}
