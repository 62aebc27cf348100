import { onMounted, shallowRef, ref } from 'vue';
import { problemOf, type Problem } from '../../../../api/problems';
import {
  cardClasses, cardStatuses, memberLevels, shops, type CardClass, type CardStatus, type MemberLevel, type Shop,
} from '../../../../api/storedValueOffice';

/**
 * The tenant's choices the back office's forms offer (#5 card states, #9 card classes, #11 shops, #12 levels),
 * loaded once when the page opens. A page still works without them (its filters are then free of choices), so
 * their failure is shown, not fatal.
 */
export function useReferenceLists() {
  const levels = shallowRef<MemberLevel[]>([]);
  const statuses = shallowRef<CardStatus[]>([]);
  const shopList = shallowRef<Shop[]>([]);
  const classes = shallowRef<CardClass[]>([]);
  const problem = ref<Problem>();

  async function load(): Promise<void> {
    problem.value = undefined;
    try {
      [levels.value, statuses.value, shopList.value, classes.value] = await Promise.all([
        memberLevels(), cardStatuses(), shops(), cardClasses(),
      ]);
    } catch (error) {
      problem.value = problemOf(error);
    }
  }

  onMounted(load);
  return { levels, statuses, shops: shopList, cardClasses: classes, problem, load };
}
