// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { h, nextTick } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { i18n } from '../../../../i18n';
import * as api from '../../../../api/storedValue';
import { confirmBeforeSend } from '../../../../composables/confirmBeforeSend';
import SettlementView from './SettlementView.vue';
import { dailyTotalsOption, settlementOutcome } from './settlementChart';

vi.mock('../../../../api/storedValue', () => ({
  svSettlementOpen: vi.fn(),
  svSettlementHistory: vi.fn(),
  svSettlementRun: vi.fn(),
}));
vi.mock('../../../../composables/confirmBeforeSend', () => ({ confirmBeforeSend: vi.fn() }));
// ECharts draws nothing in happy-dom; the chart's option is tested on its own below.
vi.mock('../../../../components/EChart.vue', () => ({ __esModule: true, default: { render: () => h('div', { 'data-testid': 'chart' }) } }));

const run = vi.mocked(api.svSettlementRun);
const history = vi.mocked(api.svSettlementHistory);
const ask = vi.mocked(confirmBeforeSend);

async function page() {
  const wrapper = mount(SettlementView, { global: { plugins: [i18n, createPinia()] }, attachTo: document.body });
  await flushPromises();
  await nextTick();
  return wrapper;
}

describe('svSettlementRun on the 日结 page', () => {
  beforeEach(() => {
    vi.mocked(api.svSettlementOpen).mockReset().mockResolvedValue(true);
    history.mockReset().mockResolvedValue([]);
    run.mockReset();
    ask.mockReset();
  });

  it('asks first and sends nothing when the person cancels', async () => {
    ask.mockResolvedValue(false);
    const wrapper = await page();
    await wrapper.get('[data-testid="pos-settlement-run"]').trigger('click');
    await flushPromises();
    expect(ask).toHaveBeenCalledOnce();
    expect(run).not.toHaveBeenCalled();
  });

  it('a double click settles once; a 200 reloads the state and the history', async () => {
    ask.mockResolvedValue(true);
    let answer!: (value: api.SettlementAnswer[]) => void;
    run.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const wrapper = await page();
    const button = wrapper.get('[data-testid="pos-settlement-run"]');
    await button.trigger('click');
    await button.trigger('click');
    await flushPromises();
    answer([{ key: 200, value: true }]);
    await flushPromises();
    expect(run).toHaveBeenCalledOnce();
    expect(history).toHaveBeenCalledTimes(2);
    expect(wrapper.find('[data-testid="pos-settlement-outcome"]').exists()).toBe(false);
  });

  it.each([
    [904, '今日已日结'],
    [902, '另一次日结尚未结束'],
    [903, '营业日照常继续'],
  ])('an answer %i is said as the seed means it', async (code, text) => {
    ask.mockResolvedValue(true);
    run.mockResolvedValue([{ key: code, value: false }]);
    const wrapper = await page();
    await wrapper.get('[data-testid="pos-settlement-run"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="pos-settlement-outcome"]').text()).toContain(text);
  });

  it('shows the latest settled day\'s totals and one table row per settled day', async () => {
    history.mockResolvedValue([
      { businessDay: '2026-12-03', totalRecharge: 10, actualRecharge: 10, giveRecharge: 0, totalExpense: 2, actualExpense: 2, giveExpense: 0, totalRefund: 0, actualRefund: 0, giveRefund: 0 },
      { businessDay: '2026-12-04', totalRecharge: 120, actualRecharge: 100, giveRecharge: 20, totalExpense: 30.5, actualExpense: 30.5, giveExpense: 0, totalRefund: 5, actualRefund: 5, giveRefund: 0 },
    ]);
    const wrapper = await page();
    expect(wrapper.get('[data-testid="pos-settlement-latest"]').text()).toContain('2026-12-04');
    expect(wrapper.get('[data-testid="pos-settlement-latest"]').text()).toContain('120.00');
    expect(wrapper.findAll('[data-testid="pos-settlement-table"] tbody tr')).toHaveLength(2);
  });
});

describe('daily totals chart', () => {
  it('has a bar per kind and day of the period, none for a day without a settlement', () => {
    const option = dailyTotalsOption([{ businessDay: '2026-12-02', totalRecharge: 10, totalExpense: 4, totalRefund: 0 }],
      '2026-12-01', '2026-12-03', { recharge: 'r', expense: 'e', refund: 'f' });
    expect(option.xAxis.data).toEqual(['12-01', '12-02', '12-03']);
    expect(option.series.map((series) => series.data)).toEqual([[null, 10, null], [null, 4, null], [null, 0, null]]);
  });

  it('svSettlementRun settled only on key 200 with value true', () => {
    expect(settlementOutcome([{ key: 200, value: true }])).toEqual({ settled: true, code: 200 });
    expect(settlementOutcome([{ key: 904, value: false }])).toEqual({ settled: false, code: 904 });
  });
});
