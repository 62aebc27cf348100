import { computed, reactive } from 'vue';
import { useLoadedValue } from './useLoadedValue';

export interface PageRequest {
  pageNo: number;
  pageSize: number;
}

export interface PageAnswer<Row> {
  rows: Row[];
  total: number;
}

/**
 * A server-paged list: the current page, its rows and total, loading, and the problem of the last load. Its loads are
 * useLoadedValue's: a new one aborts the one in flight, so a slow answer never overwrites a newer one; leaving the
 * page aborts too; a failed load leaves no rows.
 */
export function usePagedList<Row>(
  fetchPage: (page: PageRequest, signal: AbortSignal) => Promise<PageAnswer<Row>>,
  pageSize = 20,
) {
  const page = reactive<PageRequest>({ pageNo: 1, pageSize });
  const { value, loading, problem, load } = useLoadedValue<PageAnswer<Row>>(
    (signal) => fetchPage({ ...page }, signal),
    { rows: [], total: 0 },
  );
  const rows = computed(() => value.value.rows);
  const total = computed(() => value.value.total);

  /** From the first page (a new search or new filters). */
  function search(): Promise<void> {
    page.pageNo = 1;
    return load();
  }

  function changePage(pageNo: number): Promise<void> {
    page.pageNo = pageNo;
    return load();
  }

  function changeSize(size: number): Promise<void> {
    page.pageSize = size;
    return search();
  }

  return { page, rows, total, loading, problem, load, search, changePage, changeSize };
}

/** A KOP page answer (`result`, `total`) as a PageAnswer; without a total, the rows are all there is. */
export function resultPage<Row>(answer: { result?: Row[] | null; total?: number | null }): PageAnswer<Row> {
  const rows = answer.result ?? [];
  return { rows, total: answer.total ?? rows.length };
}
