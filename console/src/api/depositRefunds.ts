import { kopGet, kopPost, type RequestOptions } from './http';
import type { components } from './schema/deposit-service';

type Schemas = components['schemas'];

/** depositRefundQuery's body (seed 000 §2.2.22): the page, and the status and phone filters the service adds. */
export type RefundQueryRequest = Schemas['RefundQueryRequest'];
export type RefundRow = Schemas['RefundRow'];
export type RefundPage = Schemas['KopPageRefundRow'];
export type RefundDetail = Schemas['RefundDetailView'];
/** depositRefundConfirm's body (§2.2.24): the member's phoneNo, and optionally what §2.2.23 shows of it. */
export type RefundConfirmRequest = Schemas['RefundConfirmRequest'];
export type RefundConfirmResult = Schemas['ConfirmResult'];

/** A refund application's status: 0 awaiting the merchant, 1 refunding, 2 refunded, 3 failed. */
export const REFUND_STATUSES = [0, 1, 2, 3] as const;
export const REFUND_AWAITING_MERCHANT = 0;

/** depositRefundQuery: POST /api/deposit/refund-applications/query, newest first. */
export function queryRefunds(request: RefundQueryRequest, options?: RequestOptions): Promise<RefundPage> {
  return kopPost<RefundPage>('/api/deposit/refund-applications/query', request, options);
}

/** depositRefundDetail: GET /api/deposit/refund-applications/{id}; another merchant's is a 404. */
export function getRefund(id: number, options?: RequestOptions): Promise<RefundDetail> {
  return kopGet<RefundDetail>(`/api/deposit/refund-applications/${encodeURIComponent(String(id))}`, {}, options);
}

/**
 * depositRefundConfirm: POST /api/deposit/refund-applications/confirm. It confirms the phone's latest application
 * and starts the payout once; confirming again answers success and changes nothing.
 */
export function confirmRefund(request: RefundConfirmRequest, options?: RequestOptions): Promise<RefundConfirmResult> {
  return kopPost<RefundConfirmResult>('/api/deposit/refund-applications/confirm', request, options);
}
