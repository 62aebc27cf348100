import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACK_OFFICE_VIEWER, queryMemberBatteries, queryOverdueVehicles } from './assets';
import { ok, refused, stubKop } from '../testing/kopFetch';

describe('asset-service clients of the merchant back office', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('assetVehicleOverdue posts userType, the merchants and the page to /api/asset/vehicles/overdue', async () => {
    const page = { total: 1, pageNo: 1, pageSize: 5, result: [{ code: 'V001', deposit: '299.00' }] };
    const { sent } = stubKop(ok(page));
    await expect(
      queryOverdueVehicles({ userType: BACK_OFFICE_VIEWER, merchantIds: ['M001'], pageNo: 1, pageSize: 5 }),
    ).resolves.toEqual(page);
    expect(sent()).toEqual({
      url: '/api/asset/vehicles/overdue',
      method: 'POST',
      body: { userType: 1, merchantIds: ['M001'], pageNo: 1, pageSize: 5 },
    });
  });

  it('assetMemberBatteryQuery posts the merchants and filters to /api/asset/member-batteries/query', async () => {
    const { sent } = stubKop(ok({ total: 0, pageNo: 1, pageSize: 20, result: [] }));
    const request = { merchantIds: ['M001'], userName: '李四', batteryCode: 'B9', pageNo: 1, pageSize: 20 };
    await queryMemberBatteries(request);
    expect(sent()).toEqual({ url: '/api/asset/member-batteries/query', method: 'POST', body: request });
  });

  it('a missing required field comes back as a bad request with the server reason', async () => {
    stubKop(refused(400, 'merchantIds: must not be null'));
    await expect(queryMemberBatteries({ merchantIds: [] })).rejects.toMatchObject({
      kind: 'badRequest',
      msg: 'merchantIds: must not be null',
    });
  });
});
