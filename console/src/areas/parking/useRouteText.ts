import { ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/**
 * A search text kept in the page's address (`?name=`), so a reload or a shared link shows the same search; the
 * ids it holds (card, park) are no credentials. `remember` writes the current value back.
 */
export function useRouteText(name: string) {
  const route = useRoute();
  const router = useRouter();
  const initial = route.query[name];
  const text = ref(typeof initial === 'string' ? initial : '');

  function remember(): void {
    const value = text.value.trim();
    if ((route.query[name] ?? '') !== value) {
      void router.replace({ query: { ...route.query, [name]: value || undefined } });
    }
  }

  return { text, remember };
}
