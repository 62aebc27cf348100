/** A text filter as sent: trimmed, and left out when empty. */
export function optionalText(value: string): string | undefined {
  return value.trim() || undefined;
}
