import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './http';
import { correctBinding, queryBatteries, queryBindings } from './assets';
import { stubKop } from '../testing/kopFetch';

describe('asset-service client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('assetBindingQuery posts its filters to /api/asset/battery-bindings/query and unwraps the page', async () => {
    const page = { total: 1, pageNo: 1, pageSize: 20, result: [{ id: '7', userName: '张伟', batteryCode: 'BAT-1' }] };
    const { sent } = stubKop({ data: page });
    await expect(queryBindings({ userName: '张伟', pageNo: 1, pageSize: 20 })).resolves.toEqual(page);
    expect(sent()).toEqual({
      url: '/api/asset/battery-bindings/query', method: 'POST', body: { userName: '张伟', pageNo: 1, pageSize: 20 },
    });
  });

  it('assetBindingCorrect posts id and the new batteryCode; a 409 is an ApiError with the server reason', async () => {
    const { sent } = stubKop({ data: null }, { code: 409, msg: 'battery BAT-9 is bound to someone else' });
    await correctBinding({ id: '7', batteryCode: 'BAT-2' });
    expect(sent()).toEqual({
      url: '/api/asset/battery-bindings/correct', method: 'POST', body: { id: '7', batteryCode: 'BAT-2' },
    });
    const failure = await correctBinding({ id: '7', batteryCode: 'BAT-9' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ kind: 'conflict', msg: 'battery BAT-9 is bound to someone else' });
  });

  it('assetBatteryQuery posts merchantIds as a list to /api/asset/batteries/query', async () => {
    const { sent } = stubKop({ data: { total: 0, pageNo: 1, pageSize: 20, result: [] } });
    await queryBatteries({ merchantIds: ['M001', 'M002'], pageNo: 1, pageSize: 20 });
    expect(sent()).toEqual({
      url: '/api/asset/batteries/query', method: 'POST', body: { merchantIds: ['M001', 'M002'], pageNo: 1, pageSize: 20 },
    });
  });
});
