package com.northstar.partner.call;

/** What else happens when a call of one operation ends (e.g. a refund tells deposit-service). */
public interface CallCompletion {

    CallOperation operation();

    /** Runs in the transaction that marks the call DELIVERED or FAILED: both commit or neither. */
    void ended(PartnerCall call, CallResult result);
}
