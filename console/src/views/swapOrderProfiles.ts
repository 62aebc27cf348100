/** The back-office profiles of swapOrderQuery (seed 000 §2.2.2-2.2.6), each a page of its own. */
export type SwapOrderProfile =
  | 'merchant-cabinet-normal'
  | 'merchant-cabinet-abnormal'
  | 'merchant-member'
  | 'ops-abnormal'
  | 'ops-normal';
