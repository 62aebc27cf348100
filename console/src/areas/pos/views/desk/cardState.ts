/** Card states of stored-value-service (`card/CardStatus`): 1 正常, 2 挂失, 3 作废, 4 已退卡, 5 已换卡. */
export const CARD_STATE = { normal: 1, lost: 2, voided: 3, returned: 4, replaced: 5 } as const;

/** Element Plus tag type of a card state. */
export function cardStateTag(state: number | undefined): 'success' | 'warning' | 'danger' | 'info' {
  if (state === CARD_STATE.normal) return 'success';
  if (state === CARD_STATE.lost) return 'warning';
  if (state === CARD_STATE.voided) return 'danger';
  return 'info';
}
