import { kopPost, type RequestOptions } from './http';
import type { components } from './schema/partner-adapter-service';

type Schemas = components['schemas'];

/** partnerCallQuery: the calls to Weichuang (parked = dead letters, pending, delivered, failed for good). */
export type PartnerCallQueryRequest = Schemas['PartnerCallQueryRequest'];
export type PartnerCall = Schemas['PartnerCallView'];
export type PartnerCallPage = Schemas['KopPagePartnerCallView'];
export type PartnerCallAttempt = Schemas['AttemptView'];
export type PartnerCallState = NonNullable<PartnerCall['state']>;
export type PartnerCallOperation = NonNullable<PartnerCall['operation']>;

export const PARTNER_CALL_STATES: readonly PartnerCallState[] = ['PARKED', 'PENDING', 'DELIVERED', 'FAILED'];
export const PARTNER_CALL_OPERATIONS: readonly PartnerCallOperation[] = ['BINDING_UPDATE', 'MIGRATION_DONE', 'DEPOSIT_REFUND'];

/** Only a parked or pending call can be made due now; the service answers 409 for the others. */
export function retryable(call: PartnerCall): boolean {
  return call.state === 'PARKED' || call.state === 'PENDING';
}

/** partnerCallQuery: POST /api/partner/calls/query. */
export function queryPartnerCalls(request: PartnerCallQueryRequest, options?: RequestOptions): Promise<PartnerCallPage> {
  return kopPost<PartnerCallPage>('/api/partner/calls/query', request, options);
}

/** partnerCallRetry: POST /api/partner/calls/retry; answers the call as it is now. */
export function retryPartnerCall(id: number, options?: RequestOptions): Promise<PartnerCall> {
  return kopPost<PartnerCall>('/api/partner/calls/retry', { id }, options);
}
