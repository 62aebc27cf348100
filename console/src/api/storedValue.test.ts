import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, configureApi } from './http';
import { problemOf } from './problems';
import * as sv from './storedValue';

const fetchMock = vi.fn<typeof fetch>();

function answer(status: number, body: unknown): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

function sent(index = 0): { url: string; method: string; body: unknown } {
  const [url, init] = fetchMock.mock.calls[index]!;
  const body = init?.body;
  return { url: String(url), method: init?.method ?? 'GET', body: typeof body === 'string' ? JSON.parse(body) : body };
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockReset();
  configureApi({ token: async () => 'cashier-token', renew: async () => false });
});

afterEach(() => vi.unstubAllGlobals());

const ok = (data?: unknown) => answer(200, { status: 200, message: '', data });

describe('seed 002 client: every operation goes to its own method and path', () => {
  const card = { cardCode: '8001000001', mac: 'M8001000001' };
  const operations: [string, () => Promise<unknown>, string, string, unknown][] = [
    ['svMemberDetail', () => sv.svMemberDetail(7), 'GET', '/api/stored-value/members/detail?id=7', {}],
    ['svMemberPage', () => sv.svMemberPage({ keyword: '张', pageIndex: 2, pageSize: 20 }), 'GET', '/api/stored-value/members/page?keyword=%E5%BC%A0&pageIndex=2&pageSize=20', { data: [] }],
    ['svMemberPageByDate', () => sv.svMemberPageByDate({ startDate: '2026-01-01', endDate: '2026-01-31' }), 'GET', '/api/stored-value/members/page-by-date?startDate=2026-01-01&endDate=2026-01-31', { data: [] }],
    ['svMemberByClass', () => sv.svMemberByClass({ classId: 1, shopId: 2 }), 'GET', '/api/stored-value/members/by-class?classId=1&shopId=2', []],
    ['svDictCardStatus', () => sv.svDictCardStatus(), 'GET', '/api/stored-value/dicts/card-statuses', []],
    ['svDictSendMode', () => sv.svDictSendMode(), 'GET', '/api/stored-value/dicts/send-modes', []],
    ['svMemberSearch', () => sv.svMemberSearch({ keyword: '13800010001' }), 'GET', '/api/stored-value/members/search?keyword=13800010001', []],
    ['svCardDetail', () => sv.svCardDetail(card), 'GET', '/api/stored-value/cards/detail?cardCode=8001000001&mac=M8001000001', { status: 1 }],
    ['svCardClassList', () => sv.svCardClassList(), 'GET', '/api/stored-value/card-classes', []],
    ['svCardClassByTenant', () => sv.svCardClassByTenant(2), 'GET', '/api/stored-value/card-classes/by-tenant?tenantId=2', []],
    ['svShopList', () => sv.svShopList(), 'GET', '/api/stored-value/shops', []],
    ['svLevelList', () => sv.svLevelList(), 'GET', '/api/stored-value/member-levels', []],
    ['svGiftList', () => sv.svGiftList(), 'GET', '/api/stored-value/gifts', []],
    ['svRechargePlanList', () => sv.svRechargePlanList(), 'GET', '/api/stored-value/recharge-plans', []],
    ['svSettlementOpen', () => sv.svSettlementOpen(), 'GET', '/api/stored-value/daily-settlement/open', true],
    ['svSettlementRun', () => sv.svSettlementRun(), 'POST', '/api/stored-value/daily-settlement', [{ key: 200, value: true }]],
    ['svRechargeRefundDraft', () => sv.svRechargeRefundDraft('8001000001'), 'GET', '/api/stored-value/recharges/refund-draft?cardCode=8001000001', {}],
    ['svBalanceRefundDraft', () => sv.svBalanceRefundDraft('8001000001'), 'GET', '/api/stored-value/balance-refunds/draft?cardCode=8001000001', {}],
  ];
  it.each(operations)('query %s: %s %s answers the bare body', async (_id, run, method, url, body) => {
    fetchMock.mockResolvedValueOnce(answer(200, body));
    await expect(run()).resolves.toEqual(body);
    expect(sent().method).toBe(method);
    expect(sent().url).toBe(url);
  });

  const commands: [string, () => Promise<unknown>, string, string][] = [
    ['svMemberCreate', () => sv.svMemberCreate({ cardCode: 'C1', name: 'n' }), 'POST', '/api/stored-value/members'],
    ['svMemberUpdate', () => sv.svMemberUpdate({ id: 1, name: 'n' }), 'POST', '/api/stored-value/members/update'],
    ['svCardPayInfo', () => sv.svCardPayInfo(card), 'GET', '/api/stored-value/cards/pay-info?cardCode=8001000001&mac=M8001000001'],
    ['svCardPayInfoByMac', () => sv.svCardPayInfoByMac('M8001000001'), 'GET', '/api/stored-value/cards/pay-info-by-mac?mac=M8001000001'],
    ['svCardPay', () => sv.svCardPay({ ...card, money: 1, code: 'K' }), 'POST', '/api/stored-value/card-payments'],
    ['svCardPayReverse', () => sv.svCardPayReverse({ ...card, money: 1, code: 'K' }), 'POST', '/api/stored-value/card-payments/reverse'],
    ['svBalanceRefundCheck', () => sv.svBalanceRefundCheck({ cardCode: 'C' }), 'POST', '/api/stored-value/balance-refunds/check'],
    ['svOperationStamp', () => sv.svOperationStamp(), 'GET', '/api/stored-value/operation-stamp'],
    ['svRecharge', () => sv.svRecharge({ cardCode: 'C' }), 'POST', '/api/stored-value/recharges'],
    ['svCardReturn', () => sv.svCardReturn({ cardCode: 'C' }), 'POST', '/api/stored-value/cards/return'],
    ['svRechargeRefund', () => sv.svRechargeRefund({ cardCode: 'C' }), 'POST', '/api/stored-value/recharges/refund'],
    ['svBalanceRefund', () => sv.svBalanceRefund({ cardCode: 'C' }), 'POST', '/api/stored-value/balance-refunds'],
    ['svCardReportLoss', () => sv.svCardReportLoss({ cardCode: 'C' }), 'POST', '/api/stored-value/cards/report-loss'],
    ['svCardCancelLoss', () => sv.svCardCancelLoss({ cardCode: 'C' }), 'POST', '/api/stored-value/cards/cancel-loss'],
    ['svCardReplace', () => sv.svCardReplace({ cardCode: 'C' }), 'POST', '/api/stored-value/cards/replace'],
    ['svCardVoid', () => sv.svCardVoid({ cardCode: 'C' }), 'POST', '/api/stored-value/cards/void'],
    ['svGiftRedeem', () => sv.svGiftRedeem({ cardCode: 'C', giftId: 1 }), 'POST', '/api/stored-value/gifts/redeem'],
    ['svMemberImportReport', () => sv.svMemberImportReport({ filePath: 'f' }), 'POST', '/api/stored-value/members/import'],
    ['svCardPayCode', () => sv.svCardPayCode({ code: 'C', mac: 'M' }), 'POST', '/api/stored-value/cards/pay-code'],
    ['svTenantMigrate', () => sv.svTenantMigrate({ shopId: 1 }), 'POST', '/api/stored-value/tenants/migrate-members'],
  ];
  it.each(commands)('command %s: %s %s answers the envelope data', async (_id, run, method, url) => {
    fetchMock.mockResolvedValueOnce(ok({ seen: true }));
    await expect(run()).resolves.toEqual({ seen: true });
    expect(sent().method).toBe(method);
    expect(sent().url).toBe(url);
  });

  it('svCodePay and svCodePayQuery post the order to their paths', async () => {
    fetchMock.mockImplementation(async () => answer(200, { status: 701, message: '支付成功', data: { paymentType: 3, timestamp: '1' } }));
    await sv.svCodePay({ payCode: '134', orderCode: 'O', money: 1 });
    await sv.svCodePayQuery({ payCode: '134', orderCode: 'O', money: 1 });
    expect([sent(0).url, sent(1).url]).toEqual(['/api/stored-value/code-payments', '/api/stored-value/code-payments/query']);
  });
});

describe('seed 002 client: what it sends', () => {
  it('svCardPay posts the seed fields as JSON, the order code as given', async () => {
    fetchMock.mockResolvedValueOnce(ok({ cardCode: '8001000001', balance: 540, discount: 1, canMemberPrice: true }));
    const info = await sv.svCardPay({ cardCode: '8001000001', mac: 'M8001000001', money: 10.5, code: 'order-1' });
    expect(info.balance).toBe(540);
    expect(sent().body).toEqual({ cardCode: '8001000001', mac: 'M8001000001', money: 10.5, code: 'order-1' });
    expect((fetchMock.mock.calls[0]![1]?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('query parameters left undefined or empty are not sent', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, []));
    await sv.svMemberSearch({ keyword: '', mac: 'M1' });
    expect(sent().url).toBe('/api/stored-value/members/search?mac=M1');
  });

  it('svMemberCreate answers the new id', async () => {
    fetchMock.mockResolvedValueOnce(ok(42));
    await expect(sv.svMemberCreate({ cardCode: 'C1', cardMac: 'M', name: '张三' })).resolves.toBe(42);
  });

  it("every call names the till's shop in X-Shop-Id once one is picked, and none before", async () => {
    const shopOf = (index: number) => (fetchMock.mock.calls[index]![1]?.headers as Record<string, string>)['X-Shop-Id'];
    fetchMock.mockImplementation(async () => answer(200, []));
    await sv.svShopList();
    sv.setTillShop('2');
    await sv.svShopList();
    fetchMock.mockImplementation(async () => ok());
    await sv.svCardVoid({ cardCode: 'C', timestamp: '1' });
    sv.setTillShop(undefined);
    expect([shopOf(0), shopOf(1), shopOf(2)]).toEqual([undefined, '2', '2']);
  });

  it('a command answering no data resolves without a value', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { status: 200, message: '' }));
    await expect(sv.svCardReportLoss({ cardCode: 'C', timestamp: '1' })).resolves.toBeUndefined();
  });
});

describe('seed 002 client: failures', () => {
  it.each([601, 602, 603, 604, 605, 606, 607, 608, 801, 902, 905, 1001, 1002, 1003])(
    'command status %i (HTTP 200) is a refusal with its status and message',
    async (status) => {
      fetchMock.mockResolvedValueOnce(answer(200, { status, message: `seed text: why ${status}` }));
      const error = await failure(sv.svRecharge({ cardCode: 'C' }));
      expect(error.kind).toBe('refused');
      expect(error.code).toBe(status);
      expect(error.msg).toBe(`seed text: why ${status}`);
      expect(problemOf(error)).toEqual({ kind: 'refused', code: status, reason: `seed text: why ${status}` });
    },
  );

  it('a malformed request is HTTP 400 with status 400: badRequest', async () => {
    fetchMock.mockResolvedValueOnce(answer(400, { status: 400, message: 'missing required field timestamp' }));
    const error = await failure(sv.svCardVoid({ cardCode: 'C' }));
    expect(error.kind).toBe('badRequest');
    expect(error.code).toBe(400);
    expect(error.msg).toBe('missing required field timestamp');
  });

  it('status 500 is a server failure (outcome unknown: retried with the same key)', async () => {
    fetchMock.mockResolvedValueOnce(answer(500, { status: 500, message: '内部错误' }));
    const error = await failure(sv.svCardPay({ code: 'K' }));
    expect(error.kind).toBe('server');
    expect(error.code).toBe(500);
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
  ])('HTTP %i in the envelope is %s', async (status, kind) => {
    fetchMock.mockResolvedValueOnce(answer(status, { status, message: 'no' }));
    expect((await failure(sv.svGiftList())).kind).toBe(kind);
  });

  it('a query refused in the envelope (602 under HTTP 200) is a refusal, not data', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { status: 602, message: '卡不存在: 8009' }));
    const error = await failure(sv.svCardDetail({ cardCode: '8009', mac: 'x' }));
    expect(error.kind).toBe('refused');
    expect(error.code).toBe(602);
    expect(error.msg).toBe('卡不存在: 8009');
  });

  it("a card's own status (its state) in a bare answer is data", async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { code: '8001000011', status: 2, statusName: '挂失' }));
    await expect(sv.svCardDetail({ cardCode: '8001000011', mac: 'M' })).resolves.toMatchObject({ status: 2 });
  });

  it('an answer without an envelope (a proxy page) is typed by its HTTP status', async () => {
    fetchMock.mockResolvedValueOnce(answer(502, '<html>Bad Gateway</html>'));
    const error = await failure(sv.svCardPay({ code: 'K' }));
    expect(error.kind).toBe('server');
    expect(error.code).toBe(502);
    expect(error.msg).toBeNull();
  });

  it('a command answered 200 without an envelope is unexpected, not success', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { cardCode: 'C' }));
    expect((await failure(sv.svCardPay({ code: 'K' }))).kind).toBe('unexpected');
  });

  it('a query answered 200 with nothing is unexpected', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, ''));
    expect((await failure(sv.svGiftList())).kind).toBe('unexpected');
  });

  it('no answer at all is a network failure', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect((await failure(sv.svCardPay({ code: 'K' }))).kind).toBe('network');
  });
});

describe('seed 002 client: code payment outcomes', () => {
  it.each([701, 702, 703, 704])('svCodePay answers outcome %i instead of throwing', async (status) => {
    fetchMock.mockResolvedValueOnce(answer(200, { status, message: 'outcome', data: { paymentType: 3, timestamp: '17' } }));
    await expect(sv.svCodePay({ payCode: '1348', orderCode: 'O1', money: 5 })).resolves.toEqual({
      status,
      message: 'outcome',
      data: { paymentType: 3, timestamp: '17' },
    });
    expect(sent().body).toEqual({ payCode: '1348', orderCode: 'O1', money: 5 });
  });

  it('svCodePay refused otherwise (801 the order code used for another charge) throws', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { status: 801, message: '流水号重复' }));
    const error = await failure(sv.svCodePay({ payCode: '1348', orderCode: 'O1', money: 5 }));
    expect(error.kind).toBe('refused');
    expect(error.code).toBe(801);
  });

  it('svCodePayQuery with a 400 (no such order) throws a badRequest', async () => {
    fetchMock.mockResolvedValueOnce(answer(400, { status: 400, message: 'no code payment O1' }));
    expect((await failure(sv.svCodePayQuery({ payCode: '1348', orderCode: 'O1', money: 5 }))).kind).toBe('badRequest');
  });
});

describe('seed 002 client: the POS back office\'s calls', () => {
  it('svMemberPage GETs its filters and page as query parameters with the bearer token and answers the bare page', async () => {
    const page = { data: [{ id: 7, name: '张伟' }], pageIndex: 2, pageSize: 20, sumData: { balance: 550 }, totalCount: 21 };
    fetchMock.mockResolvedValueOnce(answer(200, page));
    await expect(sv.svMemberPage({ keyword: '张', memberLevel: 1, status: undefined, pageIndex: 2, pageSize: 20 })).resolves.toEqual(page);
    expect(sent()).toMatchObject({ url: '/api/stored-value/members/page?keyword=%E5%BC%A0&memberLevel=1&pageIndex=2&pageSize=20', method: 'GET' });
    expect((fetchMock.mock.calls[0]![1]?.headers as Record<string, string>).Authorization).toBe('Bearer cashier-token');
  });

  it('svMemberPageByDate sends the card-opening range as startDate/endDate', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { data: [], totalCount: 0 }));
    await sv.svMemberPageByDate({ startDate: '2026-11-01', endDate: '2026-11-30', pageIndex: 1, pageSize: 20 });
    expect(sent().url).toBe('/api/stored-value/members/page-by-date?startDate=2026-11-01&endDate=2026-11-30&pageIndex=1&pageSize=20');
  });

  it('svMemberDetail refused with {status, message} is an ApiError with that status and message', async () => {
    fetchMock.mockResolvedValueOnce(answer(403, { status: 403, message: 'not your shop' }));
    const error = await failure(sv.svMemberDetail(7));
    expect(sent().url).toBe('/api/stored-value/members/detail?id=7');
    expect([error.kind, error.code, error.msg]).toEqual(['forbidden', 403, 'not your shop']);
  });

  it('svMemberUpdate POSTs the member JSON and succeeds on status 200', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { status: 200, message: '' }));
    await sv.svMemberUpdate({ id: 7, name: '张伟', phone: '13800010001' });
    expect(sent()).toMatchObject({ url: '/api/stored-value/members/update', method: 'POST', body: { id: 7, name: '张伟', phone: '13800010001' } });
  });

  it('svMemberUpdate: a seed business status (602) under HTTP 200 is a definite refusal with the message', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { status: 602, message: 'no member 7' }));
    const error = await failure(sv.svMemberUpdate({ id: 7 }));
    expect([error.kind, error.code, error.msg, error.httpStatus]).toEqual(['refused', 602, 'no member 7', 200]);
  });

  it('svMemberUpdate: a 500 status stays a server failure (outcome unknown)', async () => {
    fetchMock.mockResolvedValueOnce(answer(500, { status: 500, message: 'boom' }));
    expect((await failure(sv.svMemberUpdate({ id: 7 }))).kind).toBe('server');
  });

  it('svSettlementOpen answers the bare boolean; svSettlementRun POSTs and answers the key/value list', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, 'true')).mockResolvedValueOnce(answer(200, [{ key: 904, value: false }]));
    await expect(sv.svSettlementOpen()).resolves.toBe(true);
    await expect(sv.svSettlementRun()).resolves.toEqual([{ key: 904, value: false }]);
    expect(sent(0)).toMatchObject({ url: '/api/stored-value/daily-settlement/open', method: 'GET' });
    expect(sent(1)).toMatchObject({ url: '/api/stored-value/daily-settlement', method: 'POST' });
  });

  it('svSettlementHistory GETs from/to and answers the bare list of settled days', async () => {
    const days = [{ businessDay: '2026-12-01', totalRecharge: 10 }];
    fetchMock.mockResolvedValueOnce(answer(200, days));
    await expect(sv.svSettlementHistory('2026-11-06', '2026-12-05')).resolves.toEqual(days);
    expect(sent().url).toBe('/api/stored-value/daily-settlements?from=2026-11-06&to=2026-12-05');
  });

  it('svMemberImport (report) POSTs the JSON filePath and answers data', async () => {
    fetchMock.mockResolvedValueOnce(ok({ filePath: '1/a.csv', status: 'DONE' }));
    await expect(sv.svMemberImportReport({ filePath: '1/a.csv' })).resolves.toEqual({ filePath: '1/a.csv', status: 'DONE' });
    expect(sent()).toMatchObject({ url: '/api/stored-value/members/import', method: 'POST', body: { filePath: '1/a.csv' } });
  });
});

/** A stand-in XMLHttpRequest: records what is sent and answers what the test queues, reporting upload progress. */
class FakeXhr {
  static instances: FakeXhr[] = [];
  static replies: { status: number; body: unknown }[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | undefined;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() { FakeXhr.instances.push(this); }
  open(method: string, url: string) { this.method = method; this.url = url; }
  setRequestHeader(name: string, value: string) { this.headers[name] = value; }
  abort() { this.onabort?.(); }
  send(body: FormData) {
    this.body = body;
    const reply = FakeXhr.replies.shift()!;
    this.upload.onprogress?.({ loaded: 50, total: 100, lengthComputable: true });
    this.upload.onprogress?.({ loaded: 100, total: 100, lengthComputable: true });
    this.status = reply.status;
    this.responseText = JSON.stringify(reply.body);
    queueMicrotask(() => this.onload?.());
  }
}

describe('svMemberImport upload (multipart through XMLHttpRequest)', () => {
  const renew = vi.fn<() => Promise<boolean>>();
  let token = 'token-1';
  beforeEach(() => {
    FakeXhr.instances = [];
    FakeXhr.replies = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    renew.mockReset();
    token = 'token-1';
    configureApi({ token: async () => token, renew });
  });

  const report = { filePath: '1/x.csv', status: 'DONE', totalRows: 2, processedRows: 2, openedRows: 1, refusedRows: 1, refusals: [{ row: 3, reason: 'already exists' }] };

  it('sends the file as multipart part `file`, the shop, card class and level as query parameters, with the bearer token, reporting progress', async () => {
    FakeXhr.replies.push({ status: 200, body: { status: 200, message: '', data: report } });
    const progress: number[] = [];
    const answer = await sv.svMemberImport(new File(['卡号,卡密,姓名\r\n'], 'members.csv'), { shopId: 1, memberCardClassId: 2, memberLevelId: undefined },
      ({ loaded, total }) => progress.push(loaded / total));
    const [request] = FakeXhr.instances;
    expect(answer).toEqual(report);
    expect([request!.method, request!.url, request!.headers.Authorization])
      .toEqual(['POST', '/api/stored-value/members/import?shopId=1&memberCardClassId=2', 'Bearer token-1']);
    expect(request!.body).toBeInstanceOf(FormData);
    expect((request!.body!.get('file') as File).name).toBe('members.csv');
    expect(progress).toEqual([0.5, 1]);
  });

  it('a 401 renews the token once and sends the upload again with the new one', async () => {
    FakeXhr.replies.push({ status: 401, body: { status: 401, message: 'expired' } }, { status: 200, body: { status: 200, data: report } });
    renew.mockImplementation(async () => { token = 'token-2'; return true; });
    await sv.svMemberImport(new File(['x'], 'm.csv'), { shopId: 1, memberCardClassId: 2 }, () => undefined);
    expect(FakeXhr.instances.map((request) => request.headers.Authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('a refusal (400 missing file) is an ApiError with the service message', async () => {
    FakeXhr.replies.push({ status: 400, body: { status: 400, message: 'missing required part file' } });
    const error = await failure(sv.svMemberImport(new File([], 'm.csv'), { shopId: 1, memberCardClassId: 2 }, () => undefined));
    expect([error.kind, error.code, error.msg]).toEqual(['badRequest', 400, 'missing required part file']);
  });
});
