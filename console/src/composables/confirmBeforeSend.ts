import { ElMessageBox } from 'element-plus';

/** The texts of the confirmation's buttons. */
export interface ConfirmLabels {
  confirm: string;
  cancel: string;
}

/**
 * Asks the person to confirm a command before it is sent: true when confirmed, false when cancelled or closed. The
 * console's one confirmation (useConfirmedCommand passes it as `useSubmission().submit`'s `confirm`, so a double
 * click while the question is open sends nothing). `boxClass` adds a class to the box (the card desk's look).
 */
export async function confirmBeforeSend(message: string, title: string, labels: ConfirmLabels, boxClass?: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      type: 'warning',
      confirmButtonText: labels.confirm,
      cancelButtonText: labels.cancel,
      customClass: boxClass,
      // The question is a dialog of its own: its confirm button is what an end-to-end test clicks.
      confirmButtonClass: 'confirm-before-send',
      // The second click of a double click lands on the overlay; closing there while the box is still opening left
      // its promise unsettled (seen in Chromium), so only its buttons, the close icon and Escape answer it.
      closeOnClickModal: false,
    });
    return true;
  } catch {
    return false;
  }
}
