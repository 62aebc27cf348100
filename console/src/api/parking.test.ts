import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, configureApi } from './http';
import {
  parkingAuditDecide, parkingAuditQuery, parkingCarAdd, parkingCarDelete, parkingExtraConfig, parkingOrgQuery,
  parkingUserByCard, parkingUserUpdate,
} from './parking';

const fetchMock = vi.fn<typeof fetch>();

function answer(status: number, body: unknown): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

const ok = (extra: Record<string, unknown>) => ({ timestamp: '1463714771961', msg: '操作成功', isSuccess: '0', ...extra });

function sent(): { url: string; method: string; body: unknown } {
  const [url, init] = fetchMock.mock.calls[0]!;
  return { url: String(url), method: String(init?.method), body: JSON.parse(String(init?.body)) };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('seed-001 client (parking office)', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockReset();
    configureApi({ token: async () => 'park-token', renew: async () => false });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('parkingUserByCard posts the card id and answers the whole envelope, canRePay beside resultData', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, ok({ canRePay: '1', resultData: { name: '用户1' } })));
    const user = await parkingUserByCard('0027f8615ca143a4967b98ee7dad1026');
    expect(user.canRePay).toBe('1');
    expect(user.resultData?.name).toBe('用户1');
    expect(sent()).toEqual({ url: '/api/parking/users/by-card', method: 'POST', body: { omPrCardId: '0027f8615ca143a4967b98ee7dad1026' } });
    expect((fetchMock.mock.calls[0]![1]?.headers as Record<string, string>).Authorization).toBe('Bearer park-token');
  });

  it('parkingUserUpdate posts the user id, name and phone', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, ok({ resultData: null })));
    await parkingUserUpdate({ pmSetrentUserinfoId: 'u1', name: '用户123', phone: '15245262356' });
    expect(sent()).toEqual({
      url: '/api/parking/users/update',
      method: 'POST',
      body: { pmSetrentUserinfoId: 'u1', name: '用户123', phone: '15245262356' },
    });
  });

  it('parkingCarAdd and parkingCarDelete send the plates comma-separated under the seed names', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, ok({}))).mockResolvedValueOnce(answer(200, ok({})));
    await parkingCarAdd('u1', ['京L78023', '京AD12345']);
    await parkingCarDelete('u1', ['京L78023']);
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]?.body))).toEqual({ userInfoId: 'u1', addCarNums: '京L78023,京AD12345' });
    expect(String(fetchMock.mock.calls[1]![0])).toBe('/api/parking/cars/delete');
    expect(JSON.parse(String(fetchMock.mock.calls[1]![1]?.body))).toEqual({ userInfoId: 'u1', delCarNums: '京L78023' });
  });

  it('parkingOrgQuery and parkingExtraConfig answer resultData, an empty list for null', async () => {
    fetchMock
      .mockResolvedValueOnce(answer(200, ok({ resultData: [{ name: '机构11', orgCode: '10101' }] })))
      .mockResolvedValueOnce(answer(200, ok({ resultData: null })));
    await expect(parkingOrgQuery({ pmParkId: 'p1', orgCode: '101' })).resolves.toEqual([{ name: '机构11', orgCode: '10101' }]);
    await expect(parkingExtraConfig('p1')).resolves.toEqual([]);
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]?.body))).toEqual({ pmParkId: 'p1', orgCode: '101' });
    expect(String(fetchMock.mock.calls[1]![0])).toBe('/api/parking/parks/extra-config');
  });

  it('parkingAuditQuery posts its filters and pages and answers the page in resultData', async () => {
    const page = { total: 2, pageNo: 2, pageSize: 1, result: [{ omPrOrderId: 'o2' }] };
    fetchMock.mockResolvedValueOnce(answer(200, ok({ resultData: page })));
    await expect(parkingAuditQuery({ auditStateBeforePay: '01', carNum: '京E12345', pageNo: 2, pageSize: 1 })).resolves.toEqual(page);
    expect(sent()).toEqual({
      url: '/api/parking/orders/audit/query',
      method: 'POST',
      body: { auditStateBeforePay: '01', carNum: '京E12345', pageNo: 2, pageSize: 1 },
    });
  });

  it('parkingAuditDecide posts the order, the decision and the remark', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, ok({ resultData: { omPrOrderId: 'o1', auditStateBeforePay: '04' } })));
    await expect(parkingAuditDecide({ omPrOrderId: 'o1', auditStateBeforePay: '04', remark: '证件不清' }))
      .resolves.toMatchObject({ auditStateBeforePay: '04' });
    expect(sent().body).toEqual({ omPrOrderId: 'o1', auditStateBeforePay: '04', remark: '证件不清' });
  });

  it.each([
    [400, 'badRequest'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [409, 'conflict'],
    [429, 'unexpected'],
    [500, 'server'],
  ])('a failure envelope (isSuccess "1") under HTTP %i is a %s ApiError with the msg', async (status, kind) => {
    fetchMock.mockResolvedValueOnce(answer(status, { timestamp: '1', msg: 'the plate 京A12345 is not of channel 9', isSuccess: '1', resultData: null }));
    const error = await failure(parkingCarDelete('u1', ['京A12345']));
    expect(error.kind).toBe(kind);
    expect(error.code).toBe(status);
    expect(error.msg).toBe('the plate 京A12345 is not of channel 9');
  });

  it('isSuccess "1" under HTTP 200 is still a failure, with its msg', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { timestamp: '1', msg: '失败', isSuccess: '1' }));
    const error = await failure(parkingExtraConfig('p1'));
    expect(error.kind).toBe('unexpected');
    expect(error.msg).toBe('失败');
  });

  it('an answer without the envelope is typed by its HTTP status; a 200 without it is not data', async () => {
    fetchMock.mockResolvedValueOnce(answer(502, '<html>Bad Gateway</html>')).mockResolvedValueOnce(answer(200, [{ name: 'x' }]));
    const proxy = await failure(parkingOrgQuery({ pmParkId: 'p1' }));
    expect(proxy.kind).toBe('server');
    expect(proxy.msg).toBeNull();
    expect((await failure(parkingOrgQuery({ pmParkId: 'p1' }))).kind).toBe('unexpected');
  });

  it("the gateway's 401 (renewal impossible) is unauthorized", async () => {
    fetchMock.mockResolvedValue(answer(401, { timestamp: '1', msg: 'unauthorized', isSuccess: '1' }));
    expect((await failure(parkingUserByCard('c1'))).kind).toBe('unauthorized');
  });
});
