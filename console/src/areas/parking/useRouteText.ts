import { onMounted, ref } from 'vue';
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

/**
 * A page that looks one thing up by a key kept in the address (see useRouteText): `search` asks for the key (the
 * `required` message as the error), remembers it and runs `lookUp`; a key already in the address is looked up when
 * the page is shown.
 */
export function useRouteLookup(name: string, required: () => string, lookUp: (key: string) => void) {
  const { text, remember } = useRouteText(name);
  const error = ref('');

  function search(): void {
    const key = text.value.trim();
    error.value = key ? '' : required();
    if (!key) return;
    remember();
    lookUp(key);
  }

  onMounted(() => {
    const key = text.value.trim();
    if (key) lookUp(key);
  });
  return { text, error, search };
}
