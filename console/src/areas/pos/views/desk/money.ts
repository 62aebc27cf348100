/** Seed 002 money: yuan with two decimals. Sums go through whole fen so 0.1 + 0.2 stays 0.30. */
export function toFen(yuan: number): number {
  return Math.round(yuan * 100);
}

export function sumYuan(amounts: readonly number[]): number {
  return amounts.reduce((fen, amount) => fen + toFen(amount), 0) / 100;
}

/** ¥12.30; a dash for an amount the service did not give. */
export function formatYuan(amount: number | null | undefined): string {
  return typeof amount === 'number' ? `¥${amount.toFixed(2)}` : '—';
}

/** Seed 002's payment types (支付方式), 1-10. */
export const PAYMENT_TYPES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** A recharge is paid by any type but 2 (会员卡: a card cannot pay its own recharge). */
export const RECHARGE_PAYMENT_TYPES = PAYMENT_TYPES.filter((type) => type !== 2);
