import { onBeforeUnmount, ref, shallowRef, type ShallowRef } from 'vue';
import { problemOf, type Problem } from '../api/problems';

/**
 * One value read from the server (not a paged list: see usePagedList): the value, loading, and the problem of the
 * last load, after which the value is `empty` again. A new load aborts the one in flight, leaving the page too.
 */
export function useLoadedValue<Value>(fetchValue: (signal: AbortSignal) => Promise<Value>, empty: Value) {
  const value = shallowRef(empty) as ShallowRef<Value>;
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
      const answer = await fetchValue(controller.signal);
      if (controller.signal.aborted) return;
      value.value = answer;
    } catch (error) {
      if (controller.signal.aborted) return;
      value.value = empty;
      problem.value = problemOf(error);
    } finally {
      if (inFlight === controller) loading.value = false;
    }
  }

  onBeforeUnmount(() => inFlight?.abort());
  return { value, loading, problem, load };
}
