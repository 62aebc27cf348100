import type { PageRequest } from '../../composables/usePagedList';
import { useFilteredList } from '../../composables/useFilteredList';
import { useMerchantCodes } from './merchantCodes';
import { optionalText } from './filters';

/** What a merchant list sends: the merchants, its text filters (trimmed, left out when empty), the page. */
export type MerchantListRequest<Filters> = { merchantIds: string[] } & TextFilters<Filters> & PageRequest;
type TextFilters<Filters> = { [Name in keyof Filters]?: string };

/**
 * A merchant back office list filtered by text boxes and the merchants picked (MerchantCodesFilter, all of the
 * token's when none); `reset` clears both. The first page loads when the page is shown.
 */
export function useMerchantList<Filters extends Record<string, string>, Row>(
  emptyFilters: () => Filters,
  query: (request: MerchantListRequest<Filters>, signal: AbortSignal) => Promise<{ result?: Row[]; total?: number }>,
) {
  const merchants = useMerchantCodes();
  const { filters, list, clearFilters } = useFilteredList(emptyFilters, async (values, page, signal) => {
    const texts = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, optionalText(value)]),
    ) as TextFilters<Filters>;
    const answer = await query({ merchantIds: merchants.codes(), ...texts, ...page }, signal);
    return { rows: answer.result ?? [], total: answer.total ?? 0 };
  });

  function reset(): void {
    clearFilters();
    merchants.reset();
  }

  return { filters, list, merchants, reset };
}
