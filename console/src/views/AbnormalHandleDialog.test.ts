// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElFormItem } from 'element-plus';
import AbnormalHandleDialog from './AbnormalHandleDialog.vue';
import { mountInConsole } from '../testing/mountInConsole';
import { commandDialogTest } from '../testing/commandDialog';
import { stubKop } from '../testing/kopFetch';

function mountDialog() {
  return mountInConsole(AbnormalHandleDialog, { props: { orderId: 42, modelValue: true } });
}

describe('swapOrderAbnormalHandle form (异常订单处理, §2.2.7)', () => {
  const { box, submitWith } = commandDialogTest('textarea[data-testid="order-handle-remark"]', 'order-handle-dialog');

  it('the remark is required (the seed: 备注 是必填)', async () => {
    const { fetchMock } = stubKop({ data: { result: 1 } });
    const wrapper = mountDialog();
    await submitWith(wrapper, '   ');
    expect(wrapper.getComponent(ElFormItem).props('error')).toBe('请填写处理备注');
    expect(box.confirm).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks, then sends orderId and remark only (the operator is the logged-in person) and reports result 1', async () => {
    const { sent } = stubKop({ data: { result: 1 } });
    const wrapper = mountDialog();
    await submitWith(wrapper, ' 已联系用户，电池已归还 ');
    expect(box.confirm).toHaveBeenCalledOnce();
    expect(sent()).toEqual({
      url: '/api/swap/orders/abnormal/handle', method: 'POST', body: { orderId: 42, remark: '已联系用户，电池已归还' },
    });
    expect(wrapper.emitted('handled')).toEqual([[false]]);
  });

  it('result 0 says the order had already been handled', async () => {
    stubKop({ data: { result: 0 } });
    const wrapper = mountDialog();
    await submitWith(wrapper, '重复处理');
    expect(wrapper.emitted('handled')).toEqual([[true]]);
  });

  it('declined confirmation sends nothing; a double click sends once', async () => {
    box.confirm.mockRejectedValueOnce('cancel');
    const { fetchMock } = stubKop({ data: { result: 1 } });
    const wrapper = mountDialog();
    await submitWith(wrapper, '备注');
    expect(fetchMock).not.toHaveBeenCalled();
    const button = wrapper.get('[data-testid="order-handle-dialog-confirm"]');
    await button.trigger('click');
    await button.trigger('click');
    await flushPromises();
    expect(fetchMock).toHaveBeenCalledOnce();
  });
});
