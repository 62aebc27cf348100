import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureApi } from './http';
import { querySwapOrders } from './swapOrders';

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
