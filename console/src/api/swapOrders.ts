import { kopPost, type RequestOptions } from './http';
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
