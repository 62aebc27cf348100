import { ApiError, call, kindOf, uploadForm, withQuery, type RequestOptions, type UploadProgress } from './http';
import type { components, operations } from './schema/stored-value-service';

/**
 * Seed 002's calls the POS back office (members, import, daily settlement) makes. Queries (#1-#18 and
 * svSettlementHistory) answer the bare object or list; commands (#19-#40) `{status, message, data}`. A failure is an
 * ApiError with code = the seed's status and msg = its message; the seed's business codes (601-1003) are definite
 * refusals (kind 'conflict'): nothing changed, and the same request may be sent again as a new one.
 */
type Schemas = components['schemas'];
type QueryOf<Operation extends keyof operations> = NonNullable<operations[Operation]['parameters']['query']>;

export type Member = Schemas['MemberView'];
export type MemberPage = Schemas['StoredValuePageMemberViewMemberView'];
export type MemberUpdate = Schemas['MemberRequest'];
export type MemberPageQuery = QueryOf<'svMemberPage'>;
export type MemberPageByDateQuery = QueryOf<'svMemberPageByDate'>;
export type CardStatus = Schemas['KeyValue'];
export type MemberLevel = Schemas['LevelView'];
export type Shop = Schemas['ShopView'];
export type CardClass = Schemas['CardClassView'];
export type ImportReport = Schemas['ImportReport'];
export type ImportTarget = QueryOf<'svMemberImport'>;
export type SettlementAnswer = Schemas['SettlementAnswer'];
export type SettledDay = Schemas['DailySettlementView'];
export type { UploadProgress };

/** The seed's status codes that refuse a request (it did nothing), as opposed to malformed requests or our faults. */
function kindOfStatus(status: number) {
  return status >= 600 && status < 1100 ? 'conflict' : kindOf(status);
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function failure(response: Response, body: unknown): ApiError {
  const envelope = body && typeof body === 'object' ? (body as { status?: unknown; message?: unknown }) : {};
  const status = typeof envelope.status === 'number' ? envelope.status : response.status || 0;
  const message = typeof envelope.message === 'string' && envelope.message ? envelope.message : null;
  return new ApiError(status === 0 ? 'unexpected' : kindOfStatus(status), status, message, response.status);
}

/** A query's bare answer, or an ApiError from the `{status, message}` the service answers on failure. */
export async function bare<T>(response: Response): Promise<T> {
  const body = await bodyOf(response);
  if (!response.ok || body === undefined) throw failure(response, body);
  return body as T;
}

/** A command's `data` when its status is 200, else an ApiError with that status and message. */
export async function envelope<T>(response: Response): Promise<T> {
  const body = await bodyOf(response);
  const status = body && typeof body === 'object' ? (body as { status?: unknown }).status : undefined;
  if (!response.ok || Number(status) !== 200) throw failure(response, body);
  return (body as { data?: T }).data as T;
}

const get = async <T>(path: string, query: Record<string, string | number | undefined> = {}, options?: RequestOptions) =>
  bare<T>(await call('GET', withQuery(path, query), {}, options));

/** #2 svMemberPage. */
export function memberPage(query: MemberPageQuery, options?: RequestOptions): Promise<MemberPage> {
  return get('/api/stored-value/members/page', query, options);
}

/** #3 svMemberPageByDate: the same within a card-opening date range (whole days). */
export function memberPageByDate(query: MemberPageByDateQuery, options?: RequestOptions): Promise<MemberPage> {
  return get('/api/stored-value/members/page-by-date', query, options);
}

/** #1 svMemberDetail. */
export function memberDetail(id: number, options?: RequestOptions): Promise<Member> {
  return get('/api/stored-value/members/detail', { id }, options);
}

/** #20 svMemberUpdate: member data only; fields left out stay as they are. */
export async function updateMember(member: MemberUpdate, options?: RequestOptions): Promise<void> {
  await envelope<unknown>(await call('POST', '/api/stored-value/members/update', { json: member }, options));
}

/** #5 svDictCardStatus. */
export function cardStatuses(options?: RequestOptions): Promise<CardStatus[]> {
  return get('/api/stored-value/dicts/card-statuses', {}, options);
}

/** #12 svLevelList. */
export function memberLevels(options?: RequestOptions): Promise<MemberLevel[]> {
  return get('/api/stored-value/member-levels', {}, options);
}

/** #11 svShopList. */
export function shops(options?: RequestOptions): Promise<Shop[]> {
  return get('/api/stored-value/shops', {}, options);
}

/** #9 svCardClassList. */
export function cardClasses(options?: RequestOptions): Promise<CardClass[]> {
  return get('/api/stored-value/card-classes', {}, options);
}

/** #38 svMemberImport, the upload: the file as part `file`, the shop, card class and level as form fields. */
export async function importMembers(
  file: Blob,
  fileName: string,
  target: ImportTarget,
  onProgress: (progress: UploadProgress) => void,
  options?: RequestOptions,
): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, fileName);
  for (const [name, value] of Object.entries(target)) {
    if (value !== undefined && value !== null) form.append(name, String(value));
  }
  return envelope<ImportReport>(await uploadForm('/api/stored-value/members/import', form, onProgress, options));
}

/** #38 svMemberImport, the report of an earlier upload by its filePath (a background import's progress). */
export async function importReport(filePath: string, options?: RequestOptions): Promise<ImportReport> {
  return envelope<ImportReport>(await call('POST', '/api/stored-value/members/import', { json: { filePath } }, options));
}

/** #15 svSettlementOpen: true while card business is allowed at the till's shop. */
export function settlementOpen(options?: RequestOptions): Promise<boolean> {
  return get('/api/stored-value/daily-settlement/open', {}, options);
}

/** #16 svSettlementRun: settles the till's shop's business day; the seed's key/value list (200 settled, 90x not). */
export async function runSettlement(options?: RequestOptions): Promise<SettlementAnswer[]> {
  return bare<SettlementAnswer[]>(await call('POST', '/api/stored-value/daily-settlement', { json: {} }, options));
}

/** svSettlementHistory: the till's shop's settled days from..to (yyyy-MM-dd, both included, at most 92 days). */
export function settlementHistory(from: string, to: string, options?: RequestOptions): Promise<SettledDay[]> {
  return get('/api/stored-value/daily-settlements', { from, to }, options);
}
