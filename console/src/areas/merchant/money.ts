/** Seed 000's money is fen (Long) unless the seed says String; the pages show and take yuan. */

/** "12.34" for 1234 fen; empty for no amount. */
export function yuanOfFen(fen: number | null | undefined): string {
  return fen == null ? '' : (fen / 100).toFixed(2);
}

/** Fen of a yuan amount typed with at most two decimals (rounded, so 0.1 + 0.2 style errors do not leak). */
export function fenOfYuan(yuan: number): number {
  return Math.round(yuan * 100);
}

/** A yuan amount the wire carries as a string ("299.00"), as a number for an input; undefined when not one. */
export function yuanOfText(text: string | null | undefined): number | undefined {
  if (text == null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
