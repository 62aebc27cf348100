// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElMessageBox } from 'element-plus';
import DepositRefundView from './DepositRefundView.vue';
import { mountInConsole } from '../../../testing/mountInConsole';
import { ok, refused, stubKop } from '../../../testing/kopFetch';

vi.mock('element-plus', async (importOriginal) => {
  const actual = await importOriginal<typeof import('element-plus')>();
  return { ...actual, ElMessageBox: { confirm: vi.fn() }, ElMessage: { success: vi.fn() } };
});
const confirm = vi.mocked(ElMessageBox.confirm);

const awaiting = { id: 8, userName: '王五', phoneNo: '13800000008', status: 0, reason: '不用了', merchantCode: 'M001' };
const refunding = { ...awaiting, status: 1, merchantConfirmTime: '2026-12-05 10:00' };

async function open(...answers: Parameters<typeof stubKop>) {
  const stub = stubKop(...answers);
  const wrapper = mountInConsole(DepositRefundView, { props: { id: '8' } });
  await flushPromises();
  return { ...stub, wrapper };
}

describe('refund detail: depositRefundDetail and depositRefundConfirm', () => {
  beforeEach(() => {
    confirm.mockReset();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks first, stating the member and phone, then confirms by phoneNo with the note and reloads', async () => {
    confirm.mockResolvedValue('confirm' as never);
    const { wrapper, fetchMock, sent } = await open(ok(awaiting), ok({ success: true }), ok(refunding));
    expect(sent(0)).toMatchObject({ url: '/api/deposit/refund-applications/8', method: 'GET' });
    await wrapper.find('#refund-confirm-info').setValue('电池已收回');
    await wrapper.find('[data-testid="refund-confirm"]').trigger('submit');
    await flushPromises();

    expect(confirm).toHaveBeenCalledOnce();
    const question = String(confirm.mock.calls[0]![0]);
    expect(question).toContain('13800000008');
    expect(question).toContain('王五');
    expect(question).toContain('全部押金');
    expect(sent(1)).toEqual({
      url: '/api/deposit/refund-applications/confirm',
      method: 'POST',
      body: { phoneNo: '13800000008', merchantConfirmInfo: '电池已收回' },
    });
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(wrapper.find('[data-testid="refund-status"]').text()).toBe('退款中');
    expect(wrapper.find('[data-testid="refund-confirm"]').exists()).toBe(false);
  });

  it('sends nothing when the person declines', async () => {
    confirm.mockRejectedValue('cancel');
    const { wrapper, fetchMock } = await open(ok(awaiting));
    await wrapper.find('[data-testid="refund-confirm"]').trigger('submit');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('a double click asks once and sends once', async () => {
    let answer!: (value: never) => void;
    confirm.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const { wrapper, fetchMock } = await open(ok(awaiting), ok({ success: true }), ok(refunding));
    const button = wrapper.find('[data-testid="refund-confirm"]');
    await button.trigger('submit');
    await button.trigger('submit');
    answer('confirm' as never);
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(fetchMock.mock.calls.filter(([url]) => url.endsWith('/confirm'))).toHaveLength(1);
  });

  it('shows the server reason when the confirmation is refused', async () => {
    confirm.mockResolvedValue('confirm' as never);
    const { wrapper } = await open(ok(awaiting), refused(409, 'the application failed; apply again'));
    await wrapper.find('[data-testid="refund-confirm"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-testid="problem"]').text()).toContain('the application failed; apply again');
  });

  it('offers no confirmation for an application not awaiting the merchant', async () => {
    const { wrapper } = await open(ok(refunding));
    expect(wrapper.find('[data-testid="refund-detail"]').text()).toContain('王五');
    expect(wrapper.find('[data-testid="refund-confirm"]').exists()).toBe(false);
  });

  it('another merchant\'s application is not found: the reason, no retry loop', async () => {
    const { wrapper } = await open(refused(404, 'no refund application 8'));
    expect(wrapper.find('[data-testid="problem"]').text()).toContain('no refund application 8');
    expect(wrapper.find('[data-testid="refund-detail"]').exists()).toBe(false);
  });
});
