import { ElMessageBox } from 'element-plus';
import { useI18n } from 'vue-i18n';

/**
 * The question every command asks before it is sent (ElMessageBox.confirm with the console's button texts): resolves
 * true when confirmed, false when cancelled or closed. Pass it as useSubmission's `confirm`.
 */
export function useConfirmation() {
  const { t } = useI18n();
  return async function confirmCommand(message: string, title: string): Promise<boolean> {
    try {
      await ElMessageBox.confirm(message, title, {
        confirmButtonText: t('common.confirm'),
        cancelButtonText: t('common.cancel'),
        type: 'warning',
      });
      return true;
    } catch {
      return false;
    }
  };
}
