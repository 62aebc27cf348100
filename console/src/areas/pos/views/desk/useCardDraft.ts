import { ref, shallowRef, watch, type Ref } from 'vue';
import { problemOf, type Problem } from '../../../../api/problems';
import type { DeskCard } from './useCardDesk';

/**
 * A refund prefilled by the service for the desk's card (#17, #18), read again whenever the card is (its version
 * changed), so a refund is never built on amounts the card no longer has.
 */
export function useCardDraft<Draft>(card: Ref<DeskCard>, fetchDraft: (cardCode: string) => Promise<Draft>) {
  const draft = shallowRef<Draft>();
  const loading = ref(false);
  const problem = ref<Problem>();
  let latest = 0;

  async function load(): Promise<void> {
    const ticket = ++latest;
    loading.value = true;
    problem.value = undefined;
    draft.value = undefined;
    try {
      const found = await fetchDraft(card.value.cardCode);
      if (ticket === latest) draft.value = found;
    } catch (error) {
      if (ticket === latest) problem.value = problemOf(error);
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  watch(() => [card.value.cardCode, card.value.timestamp], load, { immediate: true });
  return { draft, loading, problem, load };
}
