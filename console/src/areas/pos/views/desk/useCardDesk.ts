import { ref, shallowRef } from 'vue';
import { problemOf, type Problem } from '../../../../api/problems';
import {
  svCardPayInfo,
  svMemberSearch,
  svOperationStamp,
  type MemberView,
  type PayInfo,
} from '../../../../api/storedValue';

/** The card on the desk: its member as read, and the version (`timestamp`) its commands carry. */
export interface DeskCard {
  member: MemberView;
  cardCode: string;
  mac: string;
  /** svOperationStamp taken before the card was read: a command sent with it is refused (601) if the card changed since. */
  timestamp: string;
  /** Discount and member-price right; absent when the card cannot pay (lost, voided...). */
  payInfo?: PayInfo;
}

export interface CardSearch {
  keyword?: string;
  mac?: string;
}

/**
 * Finding and re-reading the desk's card. The stamp is taken before the read, so any change after what the desk
 * shows makes the next command stale (601) instead of acting on balances the cashier did not see.
 */
export function useCardDesk() {
  const card = shallowRef<DeskCard>();
  /** Several members matched (a name's beginning): the cashier picks one. */
  const matches = shallowRef<MemberView[]>([]);
  const searched = ref(false);
  const loading = ref(false);
  const problem = ref<Problem>();
  let stampOfMatches = '';
  let latest = 0;

  async function stamp(): Promise<string> {
    const answer = await svOperationStamp();
    return answer?.timestamp ?? '';
  }

  async function select(member: MemberView, timestamp: string): Promise<DeskCard> {
    const cardCode = member.cardCode ?? '';
    const mac = member.cardMac ?? '';
    const payInfo = await svCardPayInfo({ cardCode, mac }).catch(() => undefined);
    return { member, cardCode, mac, timestamp, payInfo };
  }

  /** Runs one read; a newer read makes an older answer irrelevant. */
  async function read(work: (isLatest: () => boolean) => Promise<void>): Promise<void> {
    const ticket = ++latest;
    loading.value = true;
    problem.value = undefined;
    try {
      await work(() => ticket === latest);
    } catch (error) {
      if (ticket === latest) problem.value = problemOf(error);
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  /** By card number or phone (exact) or a name's beginning, or by a swiped mac or a customer's pay code. */
  function find(search: CardSearch): Promise<void> {
    return read(async (isLatest) => {
      const timestamp = await stamp();
      const found = await svMemberSearch(search);
      if (!isLatest()) return;
      searched.value = true;
      card.value = undefined;
      matches.value = found.length === 1 ? [] : found;
      stampOfMatches = timestamp;
      if (found.length === 1) {
        const chosen = await select(found[0]!, timestamp);
        if (isLatest()) card.value = chosen;
      }
    });
  }

  /** One of several matches. */
  function choose(member: MemberView): Promise<void> {
    return read(async (isLatest) => {
      const chosen = await select(member, stampOfMatches);
      if (!isLatest()) return;
      matches.value = [];
      card.value = chosen;
    });
  }

  /** Reads the card again (after a command, or a stale 601); `cardCode` names another card (a replacement, a new card). */
  function reload(cardCode = card.value?.cardCode): Promise<void> {
    if (!cardCode) return Promise.resolve();
    return read(async (isLatest) => {
      const timestamp = await stamp();
      const found = await svMemberSearch({ keyword: cardCode });
      const member = found.find((candidate) => candidate.cardCode === cardCode);
      const chosen = member ? await select(member, timestamp) : undefined;
      if (!isLatest()) return;
      matches.value = [];
      card.value = chosen;
      searched.value = true;
    });
  }

  function clear(): void {
    latest++;
    card.value = undefined;
    matches.value = [];
    searched.value = false;
    loading.value = false;
    problem.value = undefined;
  }

  return { card, matches, searched, loading, problem, find, choose, reload, clear };
}

export type CardDesk = ReturnType<typeof useCardDesk>;
