import { ElMessageBox } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { useSubmission } from './useSubmission';

/** What the confirmation box asks before a command is sent. */
export interface Confirmation {
  title: string;
  message: string;
}

/** Whether the person confirmed: ElMessageBox.confirm rejects when they cancel or close the box. */
async function askToConfirm(confirmation: Confirmation, confirmText: string, cancelText: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(confirmation.message, confirmation.title, {
      type: 'warning',
      confirmButtonText: confirmText,
      cancelButtonText: cancelText,
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * A command of a back-office page (approve, correct, freeze, retry…): asks first, then sends through useSubmission,
 * so a double click (also while the box is open) sends once and the server's reason of a failure is in `problem`.
 */
export function useConfirmedCommand() {
  const submission = useSubmission();
  const { t } = useI18n();

  function run<T>(confirmation: Confirmation, send: (idempotencyKey: string) => Promise<T>) {
    return submission.submit(send, () => askToConfirm(confirmation, t('common.confirm'), t('common.cancel')));
  }

  return { sending: submission.sending, problem: submission.problem, run, reset: submission.reset };
}
