/** Seed 001's dates are epoch-ms strings: shown as local 'YYYY-MM-DD HH:mm', empty when absent. */
export function dateTimeText(epochMillis: string | null | undefined): string {
  if (!epochMillis || !/^-?\d+$/.test(epochMillis)) return '';
  const date = new Date(Number(epochMillis));
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The translation of a seed code (`parking.codes.<table>.<code>`), or the code itself when the seed names none. */
export function codeText(t: (key: string) => string, te: (key: string) => boolean, table: string, code: unknown): string {
  if (code === null || code === undefined || code === '') return '';
  const key = `parking.codes.${table}.${String(code)}`;
  return te(key) ? t(key) : String(code);
}
