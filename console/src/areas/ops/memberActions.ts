/**
 * Which memberOperate operations (seed 000 §2.2.20) a member's state allows, as member-service's MemberAction table
 * has them. memberQuery names the state only as text (stateStr, e.g. 使用中), so the text is mapped back to its
 * code (memberQuery's userState 0-6).
 */
export type MemberOpType = 1 | 2 | 3 | 4;

export const MEMBER_STATES = [0, 1, 2, 3, 4, 5, 6] as const;
export type MemberState = (typeof MEMBER_STATES)[number];

const STATE_OF_TEXT: Record<string, MemberState> = {
  新会员: 0,
  使用中: 1,
  已冻结: 2,
  已封号: 3,
  已逾期: 4,
  已退款: 5,
  已注销: 6,
};

/** The states each operation applies to: 1 freeze, 2 ban (any live state), 3 unfreeze, 4 unban. */
const APPLIES_TO: Record<MemberOpType, readonly MemberState[]> = {
  1: [1],
  2: [0, 1, 2, 4],
  3: [2],
  4: [3],
};

export function memberStateOf(stateStr: string | undefined): MemberState | undefined {
  return stateStr === undefined ? undefined : STATE_OF_TEXT[stateStr.trim()];
}

/** The operations to offer for a member in this state, in opType order; none for an unknown state. */
export function operationsFor(stateStr: string | undefined): MemberOpType[] {
  const state = memberStateOf(stateStr);
  if (state === undefined) return [];
  return ([1, 2, 3, 4] as const).filter((op) => APPLIES_TO[op].includes(state));
}
