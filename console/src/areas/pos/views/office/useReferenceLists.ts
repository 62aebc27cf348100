import { onMounted, shallowRef, ref } from 'vue';
import { problemOf, type Problem } from '../../../../api/problems';
import {
  svCardClassList, svDictCardStatus, svLevelList, svShopList, type CardClassView, type KeyValue, type LevelView,
  type ShopView,
} from '../../../../api/storedValue';

/**
 * The tenant's choices the back office's forms offer (#5 card states, #9 card classes, #11 shops, #12 levels),
 * loaded once when the page opens. A page still works without them (its filters are then free of choices), so
 * their failure is shown, not fatal.
 */
export function useReferenceLists() {
  const levels = shallowRef<LevelView[]>([]);
  const statuses = shallowRef<KeyValue[]>([]);
  const shopList = shallowRef<ShopView[]>([]);
  const classes = shallowRef<CardClassView[]>([]);
  const problem = ref<Problem>();

  async function load(): Promise<void> {
    problem.value = undefined;
    try {
      [levels.value, statuses.value, shopList.value, classes.value] = await Promise.all([
        svLevelList(), svDictCardStatus(), svShopList(), svCardClassList(),
      ]);
    } catch (error) {
      problem.value = problemOf(error);
    }
  }

  onMounted(load);
  return { levels, statuses, shops: shopList, cardClasses: classes, problem, load };
}
