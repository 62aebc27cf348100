/** Seed 002's money: decimals with two places, shown as they are (never as floats' noise). */
export function amount(value: number | null | undefined): string {
  return value == null ? '' : value.toFixed(2);
}

/** The calendar day (yyyy-MM-dd) in Asia/Shanghai, the suite's time zone, `offsetDays` from `now`. */
export function shanghaiDay(offsetDays = 0, now = new Date()): string {
  const shifted = new Date(now.getTime() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(shifted);
}

/** Every day from `from` to `to` (yyyy-MM-dd, both included), in order. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

/** The date part of seed 002's `yyyy-MM-dd HH:mm:ss`. */
export function datePart(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '';
}
