// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import type { Component } from 'vue';
import { ElMessageBox, type MessageBoxData } from 'element-plus';
import { configureApi } from '../../../../api/http';
import { i18n } from '../../../../i18n';
import BalanceRefundPanel from './BalanceRefundPanel.vue';
import CardDeskView from './CardDeskView.vue';
import CodePayPanel from './CodePayPanel.vue';
import PayPanel from './PayPanel.vue';
import type { DeskCard } from './useCardDesk';

vi.mock('element-plus', async (importOriginal) => ({
  ...(await importOriginal<typeof import('element-plus')>()),
  ElMessageBox: { confirm: vi.fn() },
}));
const confirm = vi.mocked(ElMessageBox.confirm);

const card: DeskCard = {
  cardCode: '8001000001',
  mac: 'M8001000001',
  timestamp: '1765000000000',
  member: { cardCode: '8001000001', cardMac: 'M8001000001', name: '张伟', cardStatus: 1, balance: 550, actualBalance: 500, giveBalance: 50 },
};

/** The service as the test scripts it: one answer (or failure) per call, by path. */
const fetchMock = vi.fn<typeof fetch>();
const sentTo = (path: string) =>
  fetchMock.mock.calls.filter(([url]) => String(url).split('?')[0] === path).map(([, init]) => JSON.parse(String(init?.body ?? '{}')));
const envelope = (status: number, data?: unknown, message = '') =>
  new Response(JSON.stringify({ status, message, data }), { status: status === 400 ? 400 : 200 });
const bare = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

let wrapper: VueWrapper | undefined;
function mountPanel(component: Component, props: Record<string, unknown> = {}): VueWrapper {
  wrapper = mount(component, { props, global: { plugins: [i18n, createPinia()] }, attachTo: document.body });
  return wrapper;
}

async function typeInto(view: VueWrapper, testId: string, value: string): Promise<void> {
  const input = view.find(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`);
  await input.setValue(value);
  await input.trigger('change');
}

const click = (view: VueWrapper, testId: string) => view.find(`[data-testid="${testId}"]`).trigger('click');

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockReset();
  confirm.mockReset();
  confirm.mockResolvedValue('confirm' as unknown as MessageBoxData);
  configureApi({ token: async () => 'cashier', renew: async () => false });
});

afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.unstubAllGlobals();
});

describe('svCardPay at the desk', () => {
  it('asks for confirmation stating the amount and the card before sending; a cancel sends nothing', async () => {
    confirm.mockRejectedValueOnce('cancel');
    const view = mountPanel(PayPanel, { card });
    await typeInto(view, 'pay-money', '12.5');
    await click(view, 'pay-submit');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(String(confirm.mock.calls[0]![0])).toContain('¥12.50');
    expect(String(confirm.mock.calls[0]![0])).toContain('8001000001');
    expect(sentTo('/api/stored-value/card-payments')).toHaveLength(0);
  });

  it('a double click on pay sends one payment with one order code', async () => {
    let answer!: (response: Response) => void;
    fetchMock.mockImplementationOnce(() => new Promise<Response>((resolve) => { answer = resolve; }));
    const view = mountPanel(PayPanel, { card });
    await typeInto(view, 'pay-money', '10');
    await click(view, 'pay-submit');
    await click(view, 'pay-submit');
    await flushPromises();
    answer(envelope(200, { cardCode: card.cardCode, balance: 540 }));
    await flushPromises();
    const payments = sentTo('/api/stored-value/card-payments');
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ cardCode: '8001000001', mac: 'M8001000001', money: 10 });
    expect(payments[0].code).toMatch(/^[0-9a-f]{32}$/);
    expect(view.emitted('changed')).toHaveLength(1);
  });

  it('a retry after a network failure sends the same order code again', async () => {
    fetchMock
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(envelope(200, { cardCode: card.cardCode, balance: 540 }));
    const view = mountPanel(PayPanel, { card });
    await typeInto(view, 'pay-money', '10');
    await click(view, 'pay-submit');
    await flushPromises();
    expect(view.find('[data-testid="desk-problem"]').exists()).toBe(true);
    await view.find('[data-testid="desk-problem"] button').trigger('click');
    await flushPromises();
    const [first, retry] = sentTo('/api/stored-value/card-payments');
    expect(retry.code).toBe(first.code);
    expect(retry.money).toBe(first.money);
  });

  it('a stale card (601) shows the seed message and has the desk read the card again', async () => {
    fetchMock.mockResolvedValueOnce(envelope(601, undefined, '卡不可用: the card changed after it was read'));
    const view = mountPanel(PayPanel, { card });
    await typeInto(view, 'pay-money', '10');
    await click(view, 'pay-submit');
    await flushPromises();
    expect(view.text()).toContain('卡不可用: the card changed after it was read');
    expect(view.find('[data-testid="desk-problem-hint"]').text()).toContain('已重新读卡');
    expect(view.emitted('changed')).toHaveLength(1);
  });
});

describe('svCodePay at the desk', () => {
  it('on 703 asks svCodePayQuery with the same order until a final answer, then stops; never charges again', async () => {
    fetchMock.mockImplementation(async (url) => {
      if (String(url) === '/api/stored-value/code-payments') return envelope(703, { paymentType: 3, timestamp: '1' }, '支付状态未知');
      const asked = sentTo('/api/stored-value/code-payments/query').length;
      return asked < 2 ? envelope(703, { paymentType: 3 }, '支付状态未知') : envelope(701, { paymentType: 3, timestamp: '2' }, '支付成功');
    });
    const view = mountPanel(CodePayPanel, { pollIntervalMs: 5 });
    await typeInto(view, 'code-pay-code', '134567890128');
    await typeInto(view, 'code-pay-money', '8.8');
    await click(view, 'code-pay-submit');
    await flushPromises();
    expect(view.find('[data-testid="code-pay-outcome"]').text()).toContain('支付状态未知');
    expect(view.find('[data-testid="code-pay-submit"]').attributes('disabled')).toBeDefined();
    await vi.waitFor(() => expect(view.find('[data-testid="code-pay-outcome"]').text()).toContain('支付成功'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    const charges = sentTo('/api/stored-value/code-payments');
    const queries = sentTo('/api/stored-value/code-payments/query');
    expect(charges).toHaveLength(1);
    expect(queries).toHaveLength(2);
    expect(queries.every((query) => query.orderCode === charges[0].orderCode && query.payCode === '134567890128')).toBe(true);
  });
});

describe('svBalanceRefund at the desk', () => {
  const draft = {
    cardCode: card.cardCode, timestamp: '1765000000000', billNo: 'server-bill', refundMoney: 500, payMoney: 500, giveMoney: 50,
    money: 550, details: [{ id: 9, recordId: 3, paymentType: 1, paymentTypeName: '现金', money: 500 }],
  };

  it('shows the dry run (svBalanceRefundCheck) before the refund can be sent', async () => {
    fetchMock.mockImplementation(async (url) => {
      const path = String(url).split('?')[0];
      if (path === '/api/stored-value/balance-refunds/draft') return bare(draft);
      if (path === '/api/stored-value/balance-refunds/check') return envelope(200, { paymentType: 1, timestamp: '1765000000001' });
      return envelope(200);
    });
    const view = mountPanel(BalanceRefundPanel, { card });
    await flushPromises();
    expect(view.find('[data-testid="balance-refund-draft"]').text()).toContain('¥500.00');
    expect(view.find('[data-testid="balance-refund-submit"]').attributes('disabled')).toBeDefined();
    expect(view.find('[data-testid="balance-refund-checked"]').exists()).toBe(false);

    await click(view, 'balance-refund-check');
    await flushPromises();
    expect(sentTo('/api/stored-value/balance-refunds/check')[0]).toMatchObject({ cardCode: card.cardCode, mac: card.mac, timestamp: draft.timestamp });
    expect(view.find('[data-testid="balance-refund-checked"]').text()).toContain('现金');
    expect(sentTo('/api/stored-value/balance-refunds')).toHaveLength(0);

    await click(view, 'balance-refund-submit');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    const refunds = sentTo('/api/stored-value/balance-refunds');
    expect(refunds).toHaveLength(1);
    const body = refunds[0];
    expect(body).toMatchObject({ cardCode: card.cardCode, mac: card.mac, refundMoney: 500, details: draft.details });
    expect(body.billNo).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('finding a card at the desk', () => {
  it('takes the stamp first, then finds the card by its number and shows member, state and balances', async () => {
    const member = { ...card.member, cardStatusName: '正常', memberLevelName: '金卡会员', actualPoints: 12 };
    fetchMock.mockImplementation(async (url) => {
      const path = String(url).split('?')[0];
      if (path === '/api/stored-value/operation-stamp') return envelope(200, { paymentType: 2, timestamp: '1765000000123' });
      if (path === '/api/stored-value/members/search') return bare([member]);
      if (path === '/api/stored-value/cards/pay-info') return envelope(200, { cardCode: card.cardCode, balance: 550, discount: 0.9, canMemberPrice: true });
      if (path === '/api/stored-value/daily-settlement/open') return bare(true);
      return bare([]);
    });
    const view = mountPanel(CardDeskView);
    await flushPromises();
    expect(document.activeElement?.id).toBe('desk-card-field');
    await view.find('#desk-card-field').setValue('8001000001');
    await view.find('form').trigger('submit');
    await flushPromises();
    const order = fetchMock.mock.calls.map(([url]) => String(url).split('?')[0]);
    expect(order.indexOf('/api/stored-value/operation-stamp')).toBeLessThan(order.indexOf('/api/stored-value/members/search'));
    expect(String(fetchMock.mock.calls.find(([url]) => String(url).includes('/members/search'))![0])).toContain('keyword=8001000001');
    const summary = view.find('[data-testid="desk-card"]').text();
    expect(summary).toContain('张伟');
    expect(summary).toContain('¥550.00');
    expect(summary).toContain('¥500.00');
    expect(summary).toContain('¥50.00');
    expect(summary).toContain('0.9');
    expect(view.find('[data-testid="desk-card-state"]').text()).toBe('正常');
  });
});
