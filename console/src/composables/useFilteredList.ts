import { onMounted, reactive } from 'vue';
import { usePagedList, type PageAnswer, type PageRequest } from './usePagedList';

/**
 * A server-paged list searched with a filter form (see PagedTable): the filters, starting as `emptyFilters()`, the
 * list whose loads read them, and `clearFilters` for 重置. The first page loads when the page is shown, unless
 * `loadOnMount` is false (a filter is required first).
 */
export function useFilteredList<Filters extends object, Row>(
  emptyFilters: () => Filters,
  fetchPage: (filters: Filters, page: PageRequest, signal: AbortSignal) => Promise<PageAnswer<Row>>,
  { loadOnMount = true } = {},
) {
  const filters = reactive(emptyFilters()) as Filters;
  const list = usePagedList<Row>((page, signal) => fetchPage(filters, page, signal));

  function clearFilters(): void {
    Object.assign(filters, emptyFilters());
  }

  if (loadOnMount) onMounted(list.load);
  return { filters, list, clearFilters };
}
