import { onBeforeUnmount, reactive, ref, shallowRef } from 'vue';
import { problemOf, type Problem } from '../api/problems';

export interface PageRequest {
  pageNo: number;
  pageSize: number;
}

export interface PageAnswer<Row> {
  rows: Row[];
  total: number;
}

/**
 * A server-paged list: the current page, its rows and total, loading, and the problem of the last load. A new load
 * aborts the one in flight, so a slow answer never overwrites a newer one; leaving the page aborts too.
 */
export function usePagedList<Row>(
  fetchPage: (page: PageRequest, signal: AbortSignal) => Promise<PageAnswer<Row>>,
  pageSize = 20,
) {
  const page = reactive<PageRequest>({ pageNo: 1, pageSize });
  const rows = shallowRef<Row[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const problem = ref<Problem>();
  let inFlight: AbortController | undefined;

  async function load(): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    loading.value = true;
    problem.value = undefined;
    try {
      const answer = await fetchPage({ ...page }, controller.signal);
      if (controller.signal.aborted) return;
      rows.value = answer.rows;
      total.value = answer.total;
    } catch (error) {
      if (controller.signal.aborted) return;
      rows.value = [];
      total.value = 0;
      problem.value = problemOf(error);
    } finally {
      if (inFlight === controller) loading.value = false;
    }
  }

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

  onBeforeUnmount(() => inFlight?.abort());
  return { page, rows, total, loading, problem, load, search, changePage, changeSize };
}
