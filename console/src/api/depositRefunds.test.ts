import { afterEach, describe, expect, it, vi } from 'vitest';
import { confirmRefund, getRefund, queryRefunds } from './depositRefunds';
import { ok, refused, stubKop } from '../testing/kopFetch';

describe('deposit-service clients of the merchant back office', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('depositRefundQuery posts the status, phone and page to /api/deposit/refund-applications/query', async () => {
    const page = { total: 1, pageNo: 1, pageSize: 20, result: [{ id: 8, phoneNo: '13800000001', status: 0 }] };
    const { sent } = stubKop(ok(page));
    await expect(queryRefunds({ status: 0, phoneNo: '138', pageNo: 1, pageSize: 20 })).resolves.toEqual(page);
    expect(sent()).toEqual({
      url: '/api/deposit/refund-applications/query',
      method: 'POST',
      body: { status: 0, phoneNo: '138', pageNo: 1, pageSize: 20 },
    });
  });

  it('depositRefundDetail gets /api/deposit/refund-applications/{id} without a body', async () => {
    const detail = { id: 8, phoneNo: '13800000001', status: 0, assetCode: 'B1', merchantCode: 'M001' };
    const { sent } = stubKop(ok(detail));
    await expect(getRefund(8)).resolves.toEqual(detail);
    expect(sent()).toEqual({ url: '/api/deposit/refund-applications/8', method: 'GET', body: undefined });
  });

  it('depositRefundDetail of another merchant is not found', async () => {
    stubKop(refused(404, 'no refund application 9'));
    await expect(getRefund(9)).rejects.toMatchObject({ kind: 'notFound', code: 404, msg: 'no refund application 9' });
  });

  it('depositRefundConfirm posts the phone and the confirmation to /api/deposit/refund-applications/confirm', async () => {
    const { sent } = stubKop(ok({ success: true }));
    const request = { phoneNo: '13800000001', merchantConfirmInfo: 'battery back', remark: 'ok' };
    await expect(confirmRefund(request)).resolves.toEqual({ success: true });
    expect(sent()).toEqual({ url: '/api/deposit/refund-applications/confirm', method: 'POST', body: request });
  });

  it('depositRefundConfirm of a failed application is a conflict with its reason', async () => {
    stubKop(refused(409, 'the application failed; apply again'));
    await expect(confirmRefund({ phoneNo: '13800000001' })).rejects.toMatchObject({
      kind: 'conflict',
      msg: 'the application failed; apply again',
    });
  });
});
