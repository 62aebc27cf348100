import {
  ApiError, call, kindOf, uploadForm, withQuery, type ApiErrorKind, type RequestBody, type RequestOptions, type UploadProgress,
} from './http';
import type { components, operations } from './schema/stored-value-service';

/**
 * Seed 002 (stored-value membership cards, stored-value-service): all 40 operations of the catalog's table and the
 * settled days' history (svSettlementHistory), typed from the service's OpenAPI document; the one client of the card
 * desk and the POS back office. Queries (#1-#18, svSettlementHistory) answer the bare object or list; commands
 * #19-#40 answer `{status, message, data}`. A `status` other than 200 becomes an ApiError whose code is the status
 * and whose msg is the service's message ("<seed text>: <why>"): kind 'refused' for the seed's business codes
 * (6xx-10xx: 601-608, 701-704, 801, 901-905, 1001-1003; nothing was done), 'badRequest' for 400, 'server' for 500.
 * Code payments (#25, #26) answer their outcome (701-704) instead of throwing: each is a result the till acts on.
 */

type Schemas = components['schemas'];
type OperationId = keyof operations;
type Answer<Id extends OperationId> = operations[Id]['responses'][200]['content']['*/*'];
type Data<Id extends OperationId> = NonNullable<Answer<Id>> extends { data?: infer D } ? D : never;
type QueryOf<Id extends OperationId> = NonNullable<operations[Id]['parameters']['query']>;

export type MemberView = Schemas['MemberView'];
export type MemberPage = Schemas['StoredValuePageMemberViewMemberView'];
export type MemberPageQuery = QueryOf<'svMemberPage'>;
export type MemberPageByDateQuery = QueryOf<'svMemberPageByDate'>;
export type MemberByClassQuery = QueryOf<'svMemberByClass'>;
export type MemberSearchQuery = QueryOf<'svMemberSearch'>;
export type MemberRequest = Schemas['MemberRequest'];
export type KeyValue = Schemas['KeyValue'];
export type CardDetail = Schemas['CardDetail'];
export type CardQuery = QueryOf<'svCardDetail'>;
export type CardClassView = Schemas['CardClassView'];
export type ShopView = Schemas['ShopView'];
export type LevelView = Schemas['LevelView'];
export type GiftView = Schemas['GiftView'];
export type RechargePlanView = Schemas['RechargePlanView'];
export type SettlementAnswer = Schemas['SettlementAnswer'];
export type RechargeRefundDraft = Schemas['RechargeRefundDraft'];
export type RechargeRefundRequest = Schemas['RechargeRefundRequest'];
export type BalanceRefundDraft = Schemas['BalanceRefundDraft'];
export type BalanceRefundRequest = Schemas['BalanceRefundRequest'];
export type RefundDetail = Schemas['Detail'];
export type PayInfo = Schemas['PayInfo'];
export type CardPayRequest = Schemas['CardPayRequest'];
export type CodePaymentRequest = Schemas['CodePaymentRequest'];
export type PaymentStamp = Schemas['PaymentStamp'];
export type RechargeRequest = Schemas['RechargeRequest'];
export type PaymentPart = Schemas['PaymentPart'];
export type CardReturnRequest = Schemas['CardReturnRequest'];
export type CardLifecycleRequest = Schemas['CardLifecycleRequest'];
export type GiftRedeemRequest = Schemas['GiftRedeemRequest'];
export type ImportRequest = Schemas['ImportRequest'];
export type ImportReport = Schemas['ImportReport'];
export type ImportQuery = QueryOf<'svMemberImport'>;
export type PayCodeRequest = Schemas['PayCodeRequest'];
export type MigrateRequest = Schemas['MigrateRequest'];
export type SettledDay = Schemas['DailySettlementView'];
export type { UploadProgress };

/** Seed 002's status codes the console acts on by number. */
export const SV_STATUS = {
  ok: 200,
  badRequest: 400,
  cardUnusable: 601,
  cardNotFound: 602,
  cardLost: 603,
  cardVoided: 604,
  insufficientBalance: 605,
  payCodeExpired: 606,
  insufficientPoints: 607,
  giftUnavailable: 608,
  paid: 701,
  paymentNotConfirmed: 702,
  paymentUnknown: 703,
  paymentCodeExpired: 704,
  duplicateSerial: 801,
  settling: 902,
  notPurchasable: 1001,
  soldOut: 1002,
  paymentTimedOut: 1003,
} as const;

/** A code payment's outcome (#25, #26): 701 paid, 702 not confirmed, 703 unknown (ask #26), 704 code expired. */
export interface CodePaymentOutcome {
  status: number;
  message: string | null;
  data: PaymentStamp | undefined;
}

const CODE_PAYMENT_OUTCOMES: readonly number[] = [
  SV_STATUS.paid,
  SV_STATUS.paymentNotConfirmed,
  SV_STATUS.paymentUnknown,
  SV_STATUS.paymentCodeExpired,
];

const BASE = '/api/stored-value';

/**
 * The kind of a seed 002 status (or an HTTP status when the answer had none): the seed's business codes (6xx-10xx)
 * are definite refusals, the rest is read as HTTP statuses are (400 badRequest, 500 server…).
 */
export function storedValueKindOf(status: number): ApiErrorKind {
  if (status >= 600 && status < 1100) return 'refused';
  return kindOf(status);
}

interface Envelope {
  status: number;
  message: string | null;
  data: unknown;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function envelopeOf(body: unknown): Envelope | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const candidate = body as Record<string, unknown>;
  if (typeof candidate.status !== 'number') return undefined;
  return {
    status: candidate.status,
    message: typeof candidate.message === 'string' ? candidate.message : null,
    data: candidate.data,
  };
}

function failure(status: number, message: string | null, response: Response): ApiError {
  return new ApiError(status === 0 ? 'unexpected' : storedValueKindOf(status), status, message, response.status);
}

/** A failure written in seed 002's envelope, or the HTTP status when the answer had none (a proxy page). */
function failureOf(body: unknown, response: Response): ApiError {
  const envelope = envelopeOf(body);
  if (envelope && envelope.status !== SV_STATUS.ok) return failure(envelope.status, envelope.message, response);
  return failure(response.ok ? 0 : response.status, envelope?.message ?? null, response);
}

/**
 * A failure in a query's bare answer: `{status, message}` with a status of 400 and up. A card's own `status` (its
 * state, 1-5, #8) is data, not a failure: the failure envelope is told by its message and a status of 400 or more.
 */
function isQueryFailure(body: unknown): boolean {
  const envelope = envelopeOf(body);
  return envelope !== undefined && envelope.status >= 400 && envelope.message !== null;
}

type Parameters = RequestBody['query'];

/**
 * The shop this till works at among the token's shops, sent as X-Shop-Id on every call; unset, the service takes
 * the token's first shop. A cashier with several shops picks one at the desk (TillShopPicker).
 */
let tillShop: string | undefined;

export function setTillShop(shopId: string | undefined): void {
  tillShop = shopId;
}

export function currentTillShop(): string | undefined {
  return tillShop;
}

function atTill(options: RequestOptions = {}): RequestOptions {
  return tillShop === undefined ? options : { ...options, headers: { 'X-Shop-Id': tillShop, ...options.headers } };
}

/** #1-#18: GET (or POST for #16) answering the bare object or list. */
async function query<T>(method: 'GET' | 'POST', path: string, parameters: Parameters = {}, options?: RequestOptions): Promise<T> {
  const response = await call(method, withQuery(BASE + path, parameters), {}, atTill(options));
  const body = await readBody(response);
  if (!response.ok || isQueryFailure(body)) throw failureOf(body, response);
  if (body === undefined) throw failure(0, null, response);
  return body as T;
}

interface CommandRequest {
  json?: unknown;
  query?: Parameters;
}

/** A command's envelope, whatever its status; an answer without one is an ApiError. */
async function envelopeOfAnswer(response: Response): Promise<Envelope> {
  const body = await readBody(response);
  const envelope = envelopeOf(body);
  if (!envelope) throw failureOf(body, response);
  return envelope;
}

/** Sends a command and answers its envelope, whatever its status; no envelope at all is an ApiError. */
async function envelopeAnswer(method: 'GET' | 'POST', path: string, request: CommandRequest, options?: RequestOptions): Promise<{ envelope: Envelope; response: Response }> {
  const response = await call(method, withQuery(BASE + path, request.query), { json: request.json }, atTill(options));
  return { envelope: await envelopeOfAnswer(response), response };
}

/** The envelope's data when status is 200, else an ApiError with the status and message. */
function dataOf<T>(envelope: Envelope, response: Response): T {
  if (envelope.status !== SV_STATUS.ok || !response.ok) throw failureOf(envelope, response);
  return envelope.data as T;
}

/** #19-#40: the envelope's data when status is 200, else an ApiError with the status and message. */
async function command<T>(method: 'GET' | 'POST', path: string, request: CommandRequest, options?: RequestOptions): Promise<T> {
  const { envelope, response } = await envelopeAnswer(method, path, request, options);
  return dataOf<T>(envelope, response);
}

// #1-#18: queries, bare answers.

/** #1 a member and its card by the member's id. */
export const svMemberDetail = (id: number, options?: RequestOptions) =>
  query<MemberView>('GET', '/members/detail', { id }, options);

/** #2 members page by page, `sumData` the sums over all matching members. */
export const svMemberPage = (filter: MemberPageQuery, options?: RequestOptions) =>
  query<MemberPage>('GET', '/members/page', filter, options);

/** #3 the same within a card-opening date range (`startDate`/`endDate`, whole days). */
export const svMemberPageByDate = (filter: MemberPageByDateQuery, options?: RequestOptions) =>
  query<MemberPage>('GET', '/members/page-by-date', filter, options);

/** #4 members of a card class in a shop or tenant. */
export const svMemberByClass = (filter: MemberByClassQuery, options?: RequestOptions) =>
  query<Answer<'svMemberByClass'>>('GET', '/members/by-class', filter, options);

/** #5 card states (key, value). */
export const svDictCardStatus = (options?: RequestOptions) =>
  query<Answer<'svDictCardStatus'>>('GET', '/dicts/card-statuses', {}, options);

/** #6 card issue modes (key, value). */
export const svDictSendMode = (options?: RequestOptions) =>
  query<Answer<'svDictSendMode'>>('GET', '/dicts/send-modes', {}, options);

/** #7 members by phone or card number (exact) or the start of a name (`keyword`), or by a card's mac or pay code. */
export const svMemberSearch = (search: MemberSearchQuery, options?: RequestOptions) =>
  query<Answer<'svMemberSearch'>>('GET', '/members/search', search, options);

/** #8 a card by its number and mac (its password is never shown). */
export const svCardDetail = (card: CardQuery, options?: RequestOptions) =>
  query<CardDetail>('GET', '/cards/detail', card, options);

/** #9 card classes of the caller's tenant. */
export const svCardClassList = (options?: RequestOptions) =>
  query<Answer<'svCardClassList'>>('GET', '/card-classes', {}, options);

/** #10 card classes of a tenant (OPS). */
export const svCardClassByTenant = (tenantId: number, options?: RequestOptions) =>
  query<Answer<'svCardClassByTenant'>>('GET', '/card-classes/by-tenant', { tenantId }, options);

/** #11 shops of the caller's tenant. */
export const svShopList = (options?: RequestOptions) => query<Answer<'svShopList'>>('GET', '/shops', {}, options);

/** #12 member levels with their discount. */
export const svLevelList = (options?: RequestOptions) =>
  query<Answer<'svLevelList'>>('GET', '/member-levels', {}, options);

/** #13 gifts redeemable with points. */
export const svGiftList = (options?: RequestOptions) => query<Answer<'svGiftList'>>('GET', '/gifts', {}, options);

/** #14 recharge plans (pay `payMoney`, get `giveMoney` on top). */
export const svRechargePlanList = (options?: RequestOptions) =>
  query<Answer<'svRechargePlanList'>>('GET', '/recharge-plans', {}, options);

/** #15 true while card business is allowed (the shop's day is not being settled). */
export const svSettlementOpen = (options?: RequestOptions) =>
  query<boolean>('GET', '/daily-settlement/open', {}, options);

/** #16 settles the caller's shop's day; the answer is the seed's key/value list (200 settled, 902, 903, 904). */
export const svSettlementRun = (options?: RequestOptions) =>
  query<Answer<'svSettlementRun'>>('POST', '/daily-settlement', {}, options);

/** The till's shop's settled days from..to (yyyy-MM-dd, both included, at most 92 days) with their totals. */
export const svSettlementHistory = (from: string, to: string, options?: RequestOptions) =>
  query<SettledDay[]>('GET', '/daily-settlements', { from, to }, options);

/** #17 the card's latest refundable recharge, prefilled (its `timestamp` is the card's version). */
export const svRechargeRefundDraft = (cardCode: string, options?: RequestOptions) =>
  query<RechargeRefundDraft>('GET', '/recharges/refund-draft', { cardCode }, options);

/** #18 a stored-value refund prefilled with the original payment split. */
export const svBalanceRefundDraft = (cardCode: string, options?: RequestOptions) =>
  query<BalanceRefundDraft>('GET', '/balance-refunds/draft', { cardCode }, options);

// #19-#40: commands, `{status, message, data}`.

/** #19 opens a card for a new member; `cardCode` is the idempotency key; answers the new member's id. */
export const svMemberCreate = (member: MemberRequest, options?: RequestOptions) =>
  command<Data<'svMemberCreate'>>('POST', '/members', { json: member }, options);

/** #20 changes member data (never balances); null fields stay as they are. */
export const svMemberUpdate = (member: MemberRequest, options?: RequestOptions) =>
  command<void>('POST', '/members/update', { json: member }, options);

/** #21 balance, discount and member-price right by card number and mac. */
export const svCardPayInfo = (card: CardQuery, options?: RequestOptions) =>
  command<PayInfo>('GET', '/cards/pay-info', { query: card }, options);

/** #22 the same by mac alone: a swiped card, or a dynamic pay code (#39). */
export const svCardPayInfoByMac = (mac: string, options?: RequestOptions) =>
  command<PayInfo>('GET', '/cards/pay-info-by-mac', { query: { mac } }, options);

/** #23 pays an order from the card; `code` (the order number) is the idempotency key. */
export const svCardPay = (payment: CardPayRequest, options?: RequestOptions) =>
  command<PayInfo>('POST', '/card-payments', { json: payment }, options);

/** #24 reverses the payment of order `code` in full (same fields as #23). */
export const svCardPayReverse = (payment: CardPayRequest, options?: RequestOptions) =>
  command<PayInfo>('POST', '/card-payments/reverse', { json: payment }, options);

async function codePaymentOutcome(path: string, payment: CodePaymentRequest, options?: RequestOptions): Promise<CodePaymentOutcome> {
  const { envelope, response } = await envelopeAnswer('POST', path, { json: payment }, options);
  if (!CODE_PAYMENT_OUTCOMES.includes(envelope.status) || !response.ok) throw failureOf(envelope, response);
  return { status: envelope.status, message: envelope.message, data: envelope.data as PaymentStamp | undefined };
}

/** #25 charges a scanned WeChat/Alipay code once per `orderCode`; the outcome is 701, 702, 703 or 704. */
export const svCodePay = (payment: CodePaymentRequest, options?: RequestOptions) =>
  codePaymentOutcome('/code-payments', payment, options);

/** #26 the outcome of the order's code payment (the same body as #25): resolves a 703. */
export const svCodePayQuery = (payment: CodePaymentRequest, options?: RequestOptions) =>
  codePaymentOutcome('/code-payments/query', payment, options);

/** #27 dry run of #32: how it would be refunded (`paymentType`) and a fresh `timestamp`; nothing changes. */
export const svBalanceRefundCheck = (refund: BalanceRefundRequest, options?: RequestOptions) =>
  command<PaymentStamp>('POST', '/balance-refunds/check', { json: refund }, options);

/** #28 a fresh server stamp, taken before reading a card: the `timestamp` of the commands on it. */
export const svOperationStamp = (options?: RequestOptions) =>
  command<PaymentStamp>('GET', '/operation-stamp', {}, options);

/** #29 recharges with a payment split (`details`) and bonus (`giveMoney`), or buys the plan `id`. */
export const svRecharge = (recharge: RechargeRequest, options?: RequestOptions) =>
  command<void>('POST', '/recharges', { json: recharge }, options);

/** #30 returns a card: actual balance paid back by `paymentType`, bonus forfeited, card closed. */
export const svCardReturn = (request: CardReturnRequest, options?: RequestOptions) =>
  command<void>('POST', '/cards/return', { json: request }, options);

/** #31 refunds one recharge (`rechargeCode`) with its bonus; `billNo` is the idempotency key. */
export const svRechargeRefund = (refund: RechargeRefundRequest, options?: RequestOptions) =>
  command<void>('POST', '/recharges/refund', { json: refund }, options);

/** #32 refunds stored value along the original payment split; `billNo` is the idempotency key. */
export const svBalanceRefund = (refund: BalanceRefundRequest, options?: RequestOptions) =>
  command<void>('POST', '/balance-refunds', { json: refund }, options);

/** #33 reports a card lost (603 from then on). */
export const svCardReportLoss = (request: CardLifecycleRequest, options?: RequestOptions) =>
  command<void>('POST', '/cards/report-loss', { json: request }, options);

/** #34 lifts the loss report; needs the card's mac. */
export const svCardCancelLoss = (request: CardLifecycleRequest, options?: RequestOptions) =>
  command<void>('POST', '/cards/cancel-loss', { json: request }, options);

/** #35 moves member and balances from `oldCardCode` to the new card `cardCode` + `mac`. */
export const svCardReplace = (request: CardLifecycleRequest, options?: RequestOptions) =>
  command<void>('POST', '/cards/replace', { json: request }, options);

/** #36 voids a card (604 from then on). */
export const svCardVoid = (request: CardLifecycleRequest, options?: RequestOptions) =>
  command<void>('POST', '/cards/void', { json: request }, options);

/** #37 spends points on a gift (607 too few points, 608 gift unavailable). */
export const svGiftRedeem = (request: GiftRedeemRequest, options?: RequestOptions) =>
  command<void>('POST', '/gifts/redeem', { json: request }, options);

/**
 * #38 uploads a spreadsheet/CSV (part `file`, the shop, card class and level as query parameters) and answers the
 * per-row report; through http.ts's uploadForm, so that the upload's progress can be shown.
 */
export async function svMemberImport(
  file: Blob,
  target: ImportQuery,
  onProgress: (progress: UploadProgress) => void = () => undefined,
  options?: RequestOptions,
): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file instanceof File ? file.name : 'members.csv');
  const response = await uploadForm(withQuery(BASE + '/members/import', target), form, onProgress, atTill(options));
  return dataOf<ImportReport>(await envelopeOfAnswer(response), response);
}

/** #38 the report of an earlier (background) upload by its `filePath`. */
export const svMemberImportReport = (request: ImportRequest, options?: RequestOptions) =>
  command<ImportReport>('POST', '/members/import', { json: request }, options);

/** #39 a short-lived dynamic pay code for the card (`code` its number, `mac` its secret); 606 once expired. */
export const svCardPayCode = (request: PayCodeRequest, options?: RequestOptions) =>
  command<string>('POST', '/cards/pay-code', { json: request }, options);

/** #40 copies members and cards from one tenant into another, opened at a shop (OPS). */
export const svTenantMigrate = (request: MigrateRequest, options?: RequestOptions) =>
  command<void>('POST', '/tenants/migrate-members', { json: request }, options);
