import { ApiError, call, kindOf, type RequestOptions } from './http';
import type { components } from './schema/parking-service';

type Schemas = components['schemas'];

/** Seed 001's operations the parking office (PARK) uses, typed from parking-service's OpenAPI document. */
export type ParkingUserAnswer = Schemas['UserByCardAnswer'];
export type ParkingUser = Schemas['UserView'];
export type ParkingCard = Schemas['CardView'];
export type ParkingCar = Schemas['CarView'];
export type ParkingUserUpdateRequest = Schemas['UserUpdateRequest'];
export type ParkingCarsRequest = Schemas['CarsRequest'];
export type ParkingOrgQueryRequest = Schemas['OrgQueryRequest'];
export type ParkingOrg = Schemas['OrgView'];
export type ParkingExtraConfig = Schemas['ExtraConfigView'];
export type ParkingAuditQueryRequest = Schemas['AuditQueryRequest'];
export type ParkingAuditOrder = Schemas['AuditOrderView'];
export type ParkingAuditPage = Schemas['KopPageAuditOrderView'];
export type ParkingAuditDecision = Schemas['AuditRequest'];
export type ParkingOrder = Schemas['OrderView'];

/** What every seed-001 answer carries besides its own fields. */
interface ParkingEnvelope {
  isSuccess?: string;
  msg?: string;
}

/** isSuccess: "0" success, "1" failure (with msg saying why). */
const SUCCESS = '0';

/**
 * POSTs JSON to a seed-001 operation and returns the whole answer when isSuccess is "0" (some answers carry fields
 * beside resultData, e.g. canRePay). A failure becomes an ApiError typed by the HTTP status (the service answers
 * 400/404/409… with the envelope; the gateway's 401/403 too) with the envelope's msg.
 */
export async function parkingPost<Answer extends ParkingEnvelope>(
  path: string,
  body: unknown,
  options: RequestOptions = {},
): Promise<Answer> {
  const response = await call('POST', path, { json: body ?? {} }, options);
  const text = await response.text();
  let answer: Answer | undefined;
  try {
    answer = text ? (JSON.parse(text) as Answer) : undefined;
  } catch {
    answer = undefined;
  }
  const isEnvelope = typeof answer === 'object' && answer !== null && typeof answer.isSuccess === 'string';
  if (isEnvelope && answer!.isSuccess === SUCCESS && response.ok) {
    return answer!;
  }
  const msg = isEnvelope && typeof answer!.msg === 'string' ? answer!.msg : null;
  // A failure under HTTP 200 has no status to type it by.
  const code = response.ok ? 0 : response.status;
  throw new ApiError(code === 0 ? 'unexpected' : kindOf(code), code, msg, response.status);
}

/** resultData of a seed-001 answer, or throws as parkingPost does. */
async function parkingData<Data>(path: string, body: unknown, options?: RequestOptions): Promise<Data> {
  const answer = await parkingPost<ParkingEnvelope & { resultData?: Data }>(path, body, options);
  return answer.resultData as Data;
}

/** parkingUserByCard: the user and cards of a card id, with canRePay ("0" may renew, "1" may not). */
export function parkingUserByCard(omPrCardId: string, options?: RequestOptions): Promise<ParkingUserAnswer> {
  return parkingPost<ParkingUserAnswer>('/api/parking/users/by-card', { omPrCardId }, options);
}

/** parkingUserUpdate: a user's name and phone. */
export async function parkingUserUpdate(request: ParkingUserUpdateRequest): Promise<void> {
  await parkingPost('/api/parking/users/update', request);
}

/** parkingCarAdd: plates (comma-separated) for a user; they get channel 9. */
export async function parkingCarAdd(userInfoId: string, plates: readonly string[]): Promise<void> {
  const request: ParkingCarsRequest = { userInfoId, addCarNums: plates.join(',') };
  await parkingPost('/api/parking/cars/add', request);
}

/** parkingCarDelete: plates (comma-separated) of a user; all or none, only channel 9 ones. */
export async function parkingCarDelete(userInfoId: string, plates: readonly string[]): Promise<void> {
  const request: ParkingCarsRequest = { userInfoId, delCarNums: plates.join(',') };
  await parkingPost('/api/parking/cars/delete', request);
}

/** parkingOrgQuery: a park's first-level orgs, or the second level under orgCode. */
export async function parkingOrgQuery(request: ParkingOrgQueryRequest, options?: RequestOptions): Promise<ParkingOrg[]> {
  return (await parkingData<ParkingOrg[]>('/api/parking/orgs/query', request, options)) ?? [];
}

/** parkingExtraConfig: the documents a park asks for with a renewal. */
export async function parkingExtraConfig(pmParkId: string, options?: RequestOptions): Promise<ParkingExtraConfig[]> {
  return (await parkingData<ParkingExtraConfig[]>('/api/parking/parks/extra-config', { pmParkId }, options)) ?? [];
}

/** parkingAuditQuery: orders audited before payment (awaiting the park's decision unless asked otherwise), paged. */
export function parkingAuditQuery(request: ParkingAuditQueryRequest, options?: RequestOptions): Promise<ParkingAuditPage> {
  return parkingData<ParkingAuditPage>('/api/parking/orders/audit/query', request, options);
}

/** The park's decision: "03" approves, "04" rejects. */
export type AuditDecision = '03' | '04';

/** parkingAuditDecide: "03" approves, "04" rejects an order awaiting audit. */
export function parkingAuditDecide(decision: ParkingAuditDecision & { auditStateBeforePay: AuditDecision }): Promise<ParkingOrder> {
  return parkingData<ParkingOrder>('/api/parking/orders/audit', decision);
}
