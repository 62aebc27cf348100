import { kopPost, type RequestOptions } from './http';
import type { components } from './schema/member-service';

type Schemas = components['schemas'];

/** memberAccessReviewQuery's body (seed 000 §2.2.9): state 0 pending, 1 done; userName optional. */
export type AccessReviewQueryRequest = Schemas['AccessReviewQueryRequest'];
export type AccessReview = Schemas['AccessReviewView'];
export type AccessReviewPage = Schemas['KopPageAccessReviewView'];
/** memberAccessReviewApprove's body (§2.2.10): money in fen; state is always 1 (done). */
export type ApproveRequest = Schemas['ApproveRequest'];
export type RejectRequest = Schemas['RejectRequest'];
/** memberStoreQuery's body (§2.2.14). */
export type StoreMemberQueryRequest = Schemas['StoreMemberQueryRequest'];
export type StoreMember = Schemas['StoreMemberView'];
export type StoreMemberPage = Schemas['KopPageStoreMemberView'];

/** The review states of §2.2.9. */
export const REVIEW_PENDING = 0;
export const REVIEW_DONE = 1;

/** memberAccessReviewQuery: POST /api/member/access-reviews/query. */
export function queryAccessReviews(request: AccessReviewQueryRequest, options?: RequestOptions): Promise<AccessReviewPage> {
  return kopPost<AccessReviewPage>('/api/member/access-reviews/query', request, options);
}

/** memberAccessReviewApprove: POST /api/member/access-reviews/approve. Approving again changes nothing. */
export function approveAccessReview(request: ApproveRequest, options?: RequestOptions): Promise<void> {
  return kopPost<void>('/api/member/access-reviews/approve', request, options);
}

/** memberAccessReviewReject: POST /api/member/access-reviews/reject (the seed gives no reason field). */
export function rejectAccessReview(request: RejectRequest, options?: RequestOptions): Promise<void> {
  return kopPost<void>('/api/member/access-reviews/reject', request, options);
}

/** memberStoreQuery: POST /api/member/members/store-query. */
export function queryStoreMembers(request: StoreMemberQueryRequest, options?: RequestOptions): Promise<StoreMemberPage> {
  return kopPost<StoreMemberPage>('/api/member/members/store-query', request, options);
}
