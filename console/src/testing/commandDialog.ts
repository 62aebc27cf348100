import { afterEach, beforeEach, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { ElMessageBox } from 'element-plus';

/**
 * The setup every test of a command dialog (CommandDialog) shares; call it inside `describe`. Element Plus'
 * confirmation answers "confirm" unless a test says otherwise (`box.confirm`), and stubs are undone after each test.
 * `submitWith` types into the dialog's field (a selector) and clicks its `<testid>-confirm` button.
 */
export function commandDialogTest(field: string, testid: string) {
  const box = {} as { confirm: ReturnType<typeof vi.spyOn> };
  beforeEach(() => {
    box.confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  async function submitWith(wrapper: Pick<VueWrapper, 'get'>, value: string): Promise<void> {
    await flushPromises(); // the dialog renders its body once it has opened
    await wrapper.get(field).setValue(value);
    await wrapper.get(`[data-testid="${testid}-confirm"]`).trigger('click');
    await flushPromises();
  }

  return { box, submitWith };
}
