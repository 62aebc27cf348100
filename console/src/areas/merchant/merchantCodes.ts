import { ref } from 'vue';
import { useSessionStore } from '../../stores/session';

/**
 * The merchants a list asks for: those picked in its filter, else all the token names (`merchantIds`). The server
 * scopes a MERCHANT to its own whatever is sent; sending them is what the seed's required merchantIds asks.
 */
export function useMerchantCodes() {
  const session = useSessionStore();
  const picked = ref<string[]>([]);
  const codes = (): string[] => (picked.value.length ? [...picked.value] : [...session.merchantIds]);
  return { picked, codes, reset: () => (picked.value = []) };
}
