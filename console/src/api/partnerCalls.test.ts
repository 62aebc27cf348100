import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryPartnerCalls, retryable, retryPartnerCall } from './partnerCalls';
import { stubKop } from '../testing/kopFetch';

describe('partner-adapter-service client (partner calls)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('partnerCallQuery posts its filters to /api/partner/calls/query', async () => {
    const { sent } = stubKop({ data: { total: 0, pageNo: 1, pageSize: 20, result: [] } });
    await queryPartnerCalls({ state: 'PARKED', createdFrom: '2026-03-01 00:00:00', pageNo: 1, pageSize: 20 });
    expect(sent()).toEqual({
      url: '/api/partner/calls/query',
      method: 'POST',
      body: { state: 'PARKED', createdFrom: '2026-03-01 00:00:00', pageNo: 1, pageSize: 20 },
    });
  });

  it('partnerCallRetry posts the id to /api/partner/calls/retry and answers the call as it is now', async () => {
    const { sent } = stubKop({ data: { id: 5, state: 'PENDING' } });
    await expect(retryPartnerCall(5)).resolves.toEqual({ id: 5, state: 'PENDING' });
    expect(sent()).toEqual({ url: '/api/partner/calls/retry', method: 'POST', body: { id: 5 } });
  });

  it('only parked and pending calls are offered a retry (the service refuses the others with 409)', () => {
    expect(retryable({ state: 'PARKED' })).toBe(true);
    expect(retryable({ state: 'PENDING' })).toBe(true);
    expect(retryable({ state: 'DELIVERED' })).toBe(false);
    expect(retryable({ state: 'FAILED' })).toBe(false);
  });
});
