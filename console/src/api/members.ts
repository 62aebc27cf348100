import { kopGet, kopPost, type RequestOptions } from './http';
import type { components } from './schema/member-service';

type Schemas = components['schemas'];

/** memberStats (seed 000 §2.2.18): per state key, all members (totalMember) and today's (increasedMember). */
export type MemberStats = Schemas['MemberStats'];
/** memberQuery (§2.2.19). */
export type MemberQueryRequest = Schemas['MemberQueryRequest'];
export type Member = Schemas['MemberView'];
export type MemberPage = Schemas['KopPageMemberView'];
/** memberOperate (§2.2.20): comma-separated member ids and the operation. */
export type OperateRequest = Schemas['OperateRequest'];
/** memberAssets (§2.2.21): assetType 0 current vehicle, 1 current battery, 2 initial vehicle, 3 initial battery. */
export type MemberAsset = Schemas['AssetInfo'];
/** memberMigrationGet: where a Weichuang user's migration stands. */
export type Migration = Schemas['MigrationView'];

/** memberStats: GET /api/member/members/stats. */
export function memberStats(options?: RequestOptions): Promise<MemberStats> {
  return kopGet<MemberStats>('/api/member/members/stats', {}, options);
}

/** memberQuery: POST /api/member/members/query. */
export function queryMembers(request: MemberQueryRequest, options?: RequestOptions): Promise<MemberPage> {
  return kopPost<MemberPage>('/api/member/members/query', request, options);
}

/** memberOperate: POST /api/member/members/operate; all ids change or none (404 unknown id, 409 not applicable). */
export async function operateMembers(request: OperateRequest, options?: RequestOptions): Promise<void> {
  await kopPost<unknown>('/api/member/members/operate', request, options);
}

/** memberAssets: GET /api/member/members/{id}/assets. */
export function memberAssets(id: string, options?: RequestOptions): Promise<MemberAsset[]> {
  return kopGet<MemberAsset[]>(`/api/member/members/${encodeURIComponent(id)}/assets`, {}, options);
}

/** memberMigrationGet: GET /api/member/migrations/{phoneNo}; 404 when the phone has no migration. */
export function memberMigration(phoneNo: string, options?: RequestOptions): Promise<Migration> {
  return kopGet<Migration>(`/api/member/migrations/${encodeURIComponent(phoneNo)}`, {}, options);
}

// The merchant back office (商户后台).

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
