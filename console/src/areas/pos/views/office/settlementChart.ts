import type { SettledDay, SettlementAnswer } from '../../../../api/storedValue';
import { daysBetween } from './format';

/** svSettlementRun's answer (the seed's key/value list): whether this call settled the day, and the seed's code. */
export function settlementOutcome(answers: readonly SettlementAnswer[]): { settled: boolean; code: number } {
  const first = answers[0];
  return { settled: first?.key === 200 && first.value === true, code: first?.key ?? 0 };
}

export interface ChartLabels {
  recharge: string;
  expense: string;
  refund: string;
}

/**
 * The ECharts option of the daily totals: one bar per kind and day from `from` to `to`; a day without a settlement
 * has no bar (it is not a day of zero).
 */
export function dailyTotalsOption(days: readonly SettledDay[], from: string, to: string, labels: ChartLabels) {
  const byDay = new Map(days.map((day) => [day.businessDay, day]));
  const axis = daysBetween(from, to);
  const series = (name: string, pick: (day: SettledDay) => number | undefined) => ({
    name,
    type: 'bar' as const,
    data: axis.map((day) => {
      const settled = byDay.get(day);
      return settled ? (pick(settled) ?? 0) : null;
    }),
  });
  return {
    tooltip: { trigger: 'axis' as const },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category' as const, data: axis.map((day) => day.slice(5)) },
    yAxis: { type: 'value' as const },
    series: [
      series(labels.recharge, (day) => day.totalRecharge),
      series(labels.expense, (day) => day.totalExpense),
      series(labels.refund, (day) => day.totalRefund),
    ],
  };
}
