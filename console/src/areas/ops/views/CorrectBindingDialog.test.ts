// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElFormItem } from 'element-plus';
import CorrectBindingDialog from './CorrectBindingDialog.vue';
import { mountInConsole } from '../../../testing/mountInConsole';
import { commandDialogTest } from '../../../testing/commandDialog';
import { stubKop } from '../../../testing/kopFetch';

const binding = { id: '7', userName: '张伟', phoneNo: '13800000001', batteryCode: 'BAT-1' };

function mountDialog() {
  return mountInConsole(CorrectBindingDialog, { props: { binding, modelValue: true } });
}

describe('assetBindingCorrect form (更正资产)', () => {
  const { box, submitWith } = commandDialogTest('input[data-testid="binding-correct-battery"]', 'binding-correct-dialog');

  it('a blank battery or the battery it already has is not sent', async () => {
    const { fetchMock } = stubKop({ data: null });
    const wrapper = mountDialog();
    await submitWith(wrapper, '  ');
    expect(wrapper.getComponent(ElFormItem).props('error')).toBe('请填写更正后的电池编号');
    await submitWith(wrapper, 'BAT-1');
    expect(wrapper.getComponent(ElFormItem).props('error')).toBe('与当前电池编号相同');
    expect(box.confirm).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks first and sends nothing when the confirmation is declined', async () => {
    box.confirm.mockRejectedValueOnce('cancel');
    const { fetchMock } = stubKop({ data: null });
    const wrapper = mountDialog();
    await submitWith(wrapper, 'BAT-2');
    expect(box.confirm).toHaveBeenCalledOnce();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(wrapper.emitted('corrected')).toBeUndefined();
  });

  it('confirmed, sends the binding id and the trimmed new battery once, even on a double click', async () => {
    const { fetchMock, sent } = stubKop({ data: null });
    const wrapper = mountDialog();
    await flushPromises();
    await wrapper.get('input[data-testid="binding-correct-battery"]').setValue(' BAT-2 ');
    const button = wrapper.get('[data-testid="binding-correct-dialog-confirm"]');
    await button.trigger('click');
    await button.trigger('click');
    await flushPromises();
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(sent()).toEqual({
      url: '/api/asset/battery-bindings/correct', method: 'POST', body: { id: '7', batteryCode: 'BAT-2' },
    });
    expect(wrapper.emitted('corrected')).toHaveLength(1);
  });

  it("a refusal shows the server's reason and keeps the dialog's input", async () => {
    stubKop({ code: 409, msg: 'battery BAT-2 is bound to another user' });
    const wrapper = mountDialog();
    await submitWith(wrapper, 'BAT-2');
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('battery BAT-2 is bound to another user');
    expect(wrapper.emitted('corrected')).toBeUndefined();
  });
});
