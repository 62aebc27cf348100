import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureApi } from './http';
import { handleAbnormalOrder, querySwapOrders, swapOrderDailyCounts } from './swapOrders';
import { stubKop } from '../testing/kopFetch';

describe('swapOrderQuery client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('queries POST /api/swap/orders/query with the body as given and returns the page', async () => {
    const page = { total: 1, pageNo: 1, pageSize: 20, result: [{ orderId: 7, orderState: 1 }] };
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) =>
      new Response(JSON.stringify({ code: 200, msg: null, data: page })));
    vi.stubGlobal('fetch', fetchMock);
    configureApi({ token: async () => 't', renew: async () => false });
    await expect(querySwapOrders({ pageNo: 1, pageSize: 20, merchantCodes: 'M001' })).resolves.toEqual(page);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/swap/orders/query');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ pageNo: 1, pageSize: 20, merchantCodes: 'M001' });
  });
});

describe('swapOrderAbnormalHandle and swapOrderDailyCounts clients', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('swapOrderAbnormalHandle posts orderId and remark to /api/swap/orders/abnormal/handle and returns result', async () => {
    const { sent } = stubKop({ data: { result: 1 } });
    await expect(handleAbnormalOrder({ orderId: 7, remark: '已联系用户' })).resolves.toEqual({ result: 1 });
    expect(sent()).toEqual({
      url: '/api/swap/orders/abnormal/handle', method: 'POST', body: { orderId: 7, remark: '已联系用户' },
    });
  });

  it('swapOrderDailyCounts GETs /api/swap/orders/daily-counts with from and to', async () => {
    const days = [{ date: '2026-03-01', completed: 3, abnormal: 1 }];
    const { sent } = stubKop({ data: days });
    await expect(swapOrderDailyCounts('2026-03-01', '2026-03-01')).resolves.toEqual(days);
    expect(sent()).toEqual({
      url: '/api/swap/orders/daily-counts?from=2026-03-01&to=2026-03-01', method: 'GET', body: undefined,
    });
  });
});
