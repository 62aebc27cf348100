import { kopGet, kopPost, type RequestOptions } from './http';
import type { components } from './schema/swap-order-service';

type Schemas = components['schemas'];

/** swapOrderQuery's body (seed 000 §2.2.1; §2.2.2-2.2.6 are its caller profiles). */
export type SwapOrderQueryRequest = Schemas['SwapOrderQueryRequest'];
export type SwapOrder = Schemas['SwapOrderView'];
export type SwapOrderPage = Schemas['KopPageSwapOrderView'];

/** orderState: 0 in progress, 1 completed, 2 abnormal awaiting handling, 3 abnormal handled. */
export type OrderState = 0 | 1 | 2 | 3;
export const ORDER_STATES: readonly OrderState[] = [0, 1, 2, 3];

/** swapOrderQuery: POST /api/swap/orders/query. */
export function querySwapOrders(request: SwapOrderQueryRequest, options?: RequestOptions): Promise<SwapOrderPage> {
  return kopPost<SwapOrderPage>('/api/swap/orders/query', request, options);
}

/** swapOrderAbnormalHandle (§2.2.7): for an OPS caller the operator is the caller; only orderId and remark count. */
export type AbnormalHandleRequest = Schemas['AbnormalHandleRequest'];
/** result 1: handled now; 0: it already was. */
export type AbnormalHandleResult = Schemas['AbnormalHandleResult'];
/** swapOrderDailyCounts (not in the seed): completed and abnormal swaps per day. */
export type DailyCount = Schemas['DailyCount'];

/** swapOrderAbnormalHandle: POST /api/swap/orders/abnormal/handle. */
export function handleAbnormalOrder(request: AbnormalHandleRequest, options?: RequestOptions): Promise<AbnormalHandleResult> {
  return kopPost<AbnormalHandleResult>('/api/swap/orders/abnormal/handle', request, options);
}

/** swapOrderDailyCounts: GET /api/swap/orders/daily-counts, days yyyy-MM-dd, at most 92 of them. */
export function swapOrderDailyCounts(from: string, to: string, options?: RequestOptions): Promise<DailyCount[]> {
  return kopGet<DailyCount[]>('/api/swap/orders/daily-counts', { from, to }, options);
}
