import { afterEach, describe, expect, it, vi } from 'vitest';
import fields from './swapOrderQuery.fields.json';
import { configureApi } from './http';
import { querySwapOrders, SWAP_ORDER_QUERY_FIELDS } from './swapOrders';

describe('swapOrderQuery client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('the field list check:api reads is exactly the fields the typed client uses', () => {
    const { operationId, ...lists } = fields;
    expect(operationId).toBe('swapOrderQuery');
    expect(lists).toEqual(SWAP_ORDER_QUERY_FIELDS);
  });

  it('queries POST /api/swap/orders/query and returns the page', async () => {
    const page = { total: 1, pageNo: 1, pageSize: 20, result: [{ orderId: 7, orderState: 1 }] };
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ code: 200, msg: null, data: page })));
    vi.stubGlobal('fetch', fetchMock);
    configureApi({ token: async () => 't', renew: async () => false });
    await expect(querySwapOrders({ pageNo: 1, pageSize: 20, merchantCodes: 'M001' })).resolves.toEqual(page);
    expect(fetchMock).toHaveBeenCalledWith('/api/swap/orders/query', expect.objectContaining({ method: 'POST' }));
  });
});
