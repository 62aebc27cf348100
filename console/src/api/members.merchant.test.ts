import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './http';
import { approveAccessReview, queryAccessReviews, queryStoreMembers, rejectAccessReview } from './members';
import { ok, refused, stubKop } from '../testing/kopFetch';

describe('member-service clients of the merchant back office', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('memberAccessReviewQuery posts the state, name and page to /api/member/access-reviews/query and returns the page', async () => {
    const page = { total: 1, pageNo: 1, pageSize: 20, result: [{ id: 3, userName: '张三', deposit: 29900 }] };
    const { sent } = stubKop(ok(page));
    await expect(queryAccessReviews({ state: 0, userName: '张三', pageNo: 1, pageSize: 20 })).resolves.toEqual(page);
    expect(sent()).toEqual({
      url: '/api/member/access-reviews/query',
      method: 'POST',
      body: { state: 0, userName: '张三', pageNo: 1, pageSize: 20 },
    });
  });

  it('memberAccessReviewApprove posts the terms in fen to /api/member/access-reviews/approve', async () => {
    const { sent } = stubKop(ok(null));
    const terms = { id: 3, shareCode: 'M001SHARE', deposit: 29900, state: 1, discountPrice: 0, offlinePrice: 10000 };
    await expect(approveAccessReview(terms)).resolves.toBeNull();
    expect(sent()).toEqual({ url: '/api/member/access-reviews/approve', method: 'POST', body: terms });
  });

  it('memberAccessReviewApprove of a rejected review is a conflict carrying the server reason', async () => {
    stubKop(refused(409, 'access review 3 was rejected'));
    const error = await approveAccessReview({ id: 3, shareCode: 'S', deposit: 0, state: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'conflict', code: 409, msg: 'access review 3 was rejected' });
  });

  it('memberAccessReviewReject posts the id only to /api/member/access-reviews/reject', async () => {
    const { sent } = stubKop(ok(null));
    await rejectAccessReview({ id: 3 });
    expect(sent()).toEqual({ url: '/api/member/access-reviews/reject', method: 'POST', body: { id: 3 } });
  });

  it('memberStoreQuery posts the merchants and filters to /api/member/members/store-query', async () => {
    const page = { total: 0, pageNo: 2, pageSize: 10, result: [] };
    const { sent } = stubKop(ok(page));
    const request = { merchantIds: ['M001', 'M002'], phoneNo: '138', vehicleId: 'V1', pageNo: 2, pageSize: 10 };
    await expect(queryStoreMembers(request)).resolves.toEqual(page);
    expect(sent()).toEqual({ url: '/api/member/members/store-query', method: 'POST', body: request });
  });
});
