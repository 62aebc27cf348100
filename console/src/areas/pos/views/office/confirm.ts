import { ElMessageBox } from 'element-plus';

/** Asks before a command is sent: true when the person confirmed, false when they cancelled or closed the box. */
export async function confirmed(message: string, title: string, confirmText: string, cancelText: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, { type: 'warning', confirmButtonText: confirmText, cancelButtonText: cancelText });
    return true;
  } catch {
    return false;
  }
}
