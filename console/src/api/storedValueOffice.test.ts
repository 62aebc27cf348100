import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, configureApi } from './http';
import {
  importMembers, importReport, memberDetail, memberPage, memberPageByDate, runSettlement, settlementHistory,
  settlementOpen, updateMember,
} from './storedValueOffice';

const fetchMock = vi.fn<typeof fetch>();
const answer = (status: number, body: unknown) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const sent = (call = 0) => {
  const [url, init] = fetchMock.mock.calls[call]!;
  return { url: String(url), method: init?.method, body: init?.body, headers: init?.headers as Record<string, string> };
};
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('stored-value back-office client (seed 002)', () => {
  const renew = vi.fn<() => Promise<boolean>>();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockReset();
    renew.mockReset();
    configureApi({ token: async () => 'token-1', renew });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('svMemberPage GETs its filters and page as query parameters and answers the bare page', async () => {
    const page = { data: [{ id: 7, name: '张伟' }], pageIndex: 2, pageSize: 20, sumData: { balance: 550 }, totalCount: 21 };
    fetchMock.mockResolvedValueOnce(answer(200, page));
    await expect(memberPage({ keyword: '张', memberLevel: 1, status: undefined, pageIndex: 2, pageSize: 20 })).resolves.toEqual(page);
    expect(sent()).toMatchObject({ url: '/api/stored-value/members/page?keyword=%E5%BC%A0&memberLevel=1&pageIndex=2&pageSize=20', method: 'GET' });
    expect(sent().headers.Authorization).toBe('Bearer token-1');
  });

  it('svMemberPageByDate sends the card-opening range as startDate/endDate', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { data: [], totalCount: 0 }));
    await memberPageByDate({ startDate: '2026-11-01', endDate: '2026-11-30', pageIndex: 1, pageSize: 20 });
    expect(sent().url).toBe('/api/stored-value/members/page-by-date?startDate=2026-11-01&endDate=2026-11-30&pageIndex=1&pageSize=20');
  });

  it('a query refused with {status, message} is an ApiError with that status and message', async () => {
    fetchMock.mockResolvedValueOnce(answer(403, { status: 403, message: 'not your shop' }));
    const error = await failure(memberDetail(7));
    expect(sent().url).toBe('/api/stored-value/members/detail?id=7');
    expect([error.kind, error.code, error.msg]).toEqual(['forbidden', 403, 'not your shop']);
  });

  it('svMemberUpdate POSTs the member JSON and succeeds on status 200', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { status: 200, message: '' }));
    await updateMember({ id: 7, name: '张伟', phone: '13800010001' });
    expect(sent()).toMatchObject({ url: '/api/stored-value/members/update', method: 'POST', body: '{"id":7,"name":"张伟","phone":"13800010001"}' });
  });

  it('svMemberUpdate: a seed business status (602) under HTTP 200 is a definite refusal with the message', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { status: 602, message: 'no member 7' }));
    const error = await failure(updateMember({ id: 7 }));
    expect([error.kind, error.code, error.msg, error.httpStatus]).toEqual(['conflict', 602, 'no member 7', 200]);
  });

  it('svMemberUpdate: a 500 status stays a server failure (outcome unknown)', async () => {
    fetchMock.mockResolvedValueOnce(answer(500, { status: 500, message: 'boom' }));
    expect((await failure(updateMember({ id: 7 }))).kind).toBe('server');
  });

  it('svSettlementOpen answers the bare boolean; svSettlementRun POSTs and answers the key/value list', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, 'true')).mockResolvedValueOnce(answer(200, [{ key: 904, value: false }]));
    await expect(settlementOpen()).resolves.toBe(true);
    await expect(runSettlement()).resolves.toEqual([{ key: 904, value: false }]);
    expect(sent(0)).toMatchObject({ url: '/api/stored-value/daily-settlement/open', method: 'GET' });
    expect(sent(1)).toMatchObject({ url: '/api/stored-value/daily-settlement', method: 'POST' });
  });

  it('svSettlementHistory GETs from/to and answers the bare list of settled days', async () => {
    const days = [{ businessDay: '2026-12-01', totalRecharge: 10 }];
    fetchMock.mockResolvedValueOnce(answer(200, days));
    await expect(settlementHistory('2026-11-06', '2026-12-05')).resolves.toEqual(days);
    expect(sent().url).toBe('/api/stored-value/daily-settlements?from=2026-11-06&to=2026-12-05');
  });

  it('svMemberImport (report) POSTs the JSON filePath and answers data', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { status: 200, message: '', data: { filePath: '1/a.csv', status: 'DONE' } }));
    await expect(importReport('1/a.csv')).resolves.toEqual({ filePath: '1/a.csv', status: 'DONE' });
    expect(sent()).toMatchObject({ url: '/api/stored-value/members/import', method: 'POST', body: '{"filePath":"1/a.csv"}' });
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
  afterEach(() => vi.unstubAllGlobals());

  const report = { filePath: '1/x.csv', status: 'DONE', totalRows: 2, processedRows: 2, openedRows: 1, refusedRows: 1, refusals: [{ row: 3, reason: 'already exists' }] };

  it('sends the file and the shop, card class and level as form fields with the bearer token, reporting progress', async () => {
    FakeXhr.replies.push({ status: 200, body: { status: 200, message: '', data: report } });
    const progress: number[] = [];
    const answer = await importMembers(new Blob(['卡号,卡密,姓名\r\n']), 'members.csv', { shopId: 1, memberCardClassId: 2, memberLevelId: undefined },
      ({ loaded, total }) => progress.push(loaded / total));
    const [request] = FakeXhr.instances;
    expect(answer).toEqual(report);
    expect([request!.method, request!.url, request!.headers.Authorization]).toEqual(['POST', '/api/stored-value/members/import', 'Bearer token-1']);
    expect((request!.body!.get('file') as File).name).toBe('members.csv');
    expect([request!.body!.get('shopId'), request!.body!.get('memberCardClassId'), request!.body!.has('memberLevelId')]).toEqual(['1', '2', false]);
    expect(progress).toEqual([0.5, 1]);
  });

  it('a 401 renews the token once and sends the upload again with the new one', async () => {
    FakeXhr.replies.push({ status: 401, body: { status: 401, message: 'expired' } }, { status: 200, body: { status: 200, data: report } });
    renew.mockImplementation(async () => { token = 'token-2'; return true; });
    await importMembers(new Blob(['x']), 'm.csv', { shopId: 1, memberCardClassId: 2 }, () => undefined);
    expect(FakeXhr.instances.map((request) => request.headers.Authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('a refusal (400 missing file) is an ApiError with the service message', async () => {
    FakeXhr.replies.push({ status: 400, body: { status: 400, message: 'missing required part file' } });
    const error = await failure(importMembers(new Blob([]), 'm.csv', { shopId: 1, memberCardClassId: 2 }, () => undefined));
    expect([error.kind, error.code, error.msg]).toEqual(['badRequest', 400, 'missing required part file']);
  });
});
