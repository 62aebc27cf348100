// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElFormItem, ElMessageBox } from 'element-plus';
import AbnormalHandleDialog from './AbnormalHandleDialog.vue';
import { mountWithI18n } from '../testing/mountWithI18n';
import { sent, stubKopFetch } from '../testing/kopFetch';

function mountDialog() {
  return mountWithI18n(AbnormalHandleDialog, { orderId: 42, modelValue: true });
}

async function submitWith(wrapper: ReturnType<typeof mountDialog>, remark: string) {
  await wrapper.get('textarea[data-testid="order-handle-remark"]').setValue(remark);
  await wrapper.get('[data-testid="order-handle-dialog-confirm"]').trigger('click');
  await flushPromises();
}

describe('swapOrderAbnormalHandle form (异常订单处理, §2.2.7)', () => {
  let confirm: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('the remark is required (the seed: 备注 是必填)', async () => {
    const fetchMock = stubKopFetch({ data: { result: 1 } });
    const wrapper = mountDialog();
    await submitWith(wrapper, '   ');
    expect(wrapper.getComponent(ElFormItem).props('error')).toBe('请填写处理备注');
    expect(confirm).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks, then sends orderId and remark only (the operator is the logged-in person) and reports result 1', async () => {
    const fetchMock = stubKopFetch({ data: { result: 1 } });
    const wrapper = mountDialog();
    await submitWith(wrapper, ' 已联系用户，电池已归还 ');
    expect(confirm).toHaveBeenCalledOnce();
    expect(sent(fetchMock)).toEqual({
      url: '/api/swap/orders/abnormal/handle', method: 'POST', body: { orderId: 42, remark: '已联系用户，电池已归还' },
    });
    expect(wrapper.emitted('handled')).toEqual([[false]]);
  });

  it('result 0 says the order had already been handled', async () => {
    stubKopFetch({ data: { result: 0 } });
    const wrapper = mountDialog();
    await submitWith(wrapper, '重复处理');
    expect(wrapper.emitted('handled')).toEqual([[true]]);
  });

  it('declined confirmation sends nothing; a double click sends once', async () => {
    confirm.mockRejectedValueOnce('cancel');
    const fetchMock = stubKopFetch({ data: { result: 1 } });
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
