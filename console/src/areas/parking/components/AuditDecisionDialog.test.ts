// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { ApiError } from '../../../api/http';
import type { ParkingAuditOrder } from '../../../api/parking';
import { i18n } from '../../../i18n';
import AuditDecisionDialog from './AuditDecisionDialog.vue';

/** Element Plus shows a form item's error after a short debounce. */
const formItemErrorShown = () => new Promise((resolve) => setTimeout(resolve, 150));

const confirmCommand = vi.fn<(message: string, title: string) => Promise<boolean>>();
const decide = vi.fn();
vi.mock('../../../composables/confirmBeforeSend', () => ({
  confirmBeforeSend: (message: string, title: string) => confirmCommand(message, title),
}));
vi.mock('../../../api/parking', () => ({ parkingAuditDecide: (...args: unknown[]) => decide(...args) }));

const ORDER: ParkingAuditOrder = {
  omPrOrderId: '5545aabd0057483c8f0dc8da65c781b5',
  name: '用户2',
  phone: '14700000002',
  carNums: '京D12345',
  productName: '包月123',
  amount: 0.01,
  state: '01',
  auditStateBeforePay: '01',
};

let wrapper: VueWrapper | undefined;

function open(decision: '03' | '04') {
  wrapper = mount(AuditDecisionDialog, { props: { order: ORDER, decision }, global: { plugins: [i18n] }, attachTo: document.body });
  return wrapper;
}

const button = (testId: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!;
const remark = () => document.body.querySelector<HTMLTextAreaElement>('#parking-audit-remark')!;

describe('parkingAuditDecide form (待审核订单)', () => {
  beforeEach(() => {
    confirmCommand.mockReset();
    decide.mockReset();
    i18n.global.locale.value = 'zh-CN';
  });
  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
  });

  it('asks for confirmation first and sends nothing when it is declined', async () => {
    confirmCommand.mockResolvedValue(false);
    open('03');
    await flushPromises();
    button('parking-audit-confirm').click();
    await flushPromises();
    expect(confirmCommand).toHaveBeenCalledOnce();
    expect(confirmCommand.mock.calls[0]![0]).toContain(ORDER.omPrOrderId);
    expect(decide).not.toHaveBeenCalled();
  });

  it('approves with "03" once confirmed and tells the page', async () => {
    confirmCommand.mockResolvedValue(true);
    decide.mockResolvedValue({ omPrOrderId: ORDER.omPrOrderId, auditStateBeforePay: '03' });
    const dialog = open('03');
    await flushPromises();
    button('parking-audit-confirm').click();
    await flushPromises();
    expect(decide).toHaveBeenCalledWith({ omPrOrderId: ORDER.omPrOrderId, auditStateBeforePay: '03', remark: undefined });
    expect(dialog.emitted('decided')).toEqual([['03']]);
  });

  it('a rejection needs a reason: without one nothing is asked or sent; with one it is sent as remark', async () => {
    confirmCommand.mockResolvedValue(true);
    decide.mockResolvedValue({});
    open('04');
    await flushPromises();
    button('parking-audit-confirm').click();
    await flushPromises();
    expect(confirmCommand).not.toHaveBeenCalled();
    expect(decide).not.toHaveBeenCalled();
    await formItemErrorShown();
    expect(document.body.textContent).toContain('拒绝时请填写原因');

    remark().value = '证件不清';
    remark().dispatchEvent(new Event('input'));
    await flushPromises();
    button('parking-audit-confirm').click();
    await flushPromises();
    expect(decide).toHaveBeenCalledWith({ omPrOrderId: ORDER.omPrOrderId, auditStateBeforePay: '04', remark: '证件不清' });
  });

  it('a double click sends the decision once', async () => {
    confirmCommand.mockResolvedValue(true);
    let answer!: (value: unknown) => void;
    decide.mockImplementation(() => new Promise((resolve) => { answer = resolve; }));
    const dialog = open('03');
    await flushPromises();
    button('parking-audit-confirm').click();
    button('parking-audit-confirm').click();
    await flushPromises();
    answer({});
    await flushPromises();
    expect(decide).toHaveBeenCalledOnce();
    expect(dialog.emitted('decided')).toHaveLength(1);
  });

  it("shows the server's reason when the decision is refused", async () => {
    confirmCommand.mockResolvedValue(true);
    decide.mockRejectedValue(new ApiError('conflict', 409, 'the order is not awaiting audit', 409));
    const dialog = open('03');
    await flushPromises();
    button('parking-audit-confirm').click();
    await flushPromises();
    expect(document.body.querySelector('[data-testid="problem"]')?.textContent).toContain('the order is not awaiting audit');
    expect(dialog.emitted('decided')).toBeUndefined();
  });
});
