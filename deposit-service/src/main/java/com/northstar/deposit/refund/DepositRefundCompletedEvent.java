package com.northstar.deposit.refund;

import com.northstar.platform.core.event.EventEnvelope.VersionedPayload;

/**
 * {@code data} of {@code deposit.refund-completed} ({@code DepositRefundCompleted}, key refundNo), as
 * partner-adapter publishes it for Weichuang deposits; deposit-service publishes it itself (SUCCESS) when the
 * merchant's confirmation is the payout (REVIEW_TERMS), and consumes both.
 *
 * @param refundAmount fen
 * @param state        SUCCESS or FAILED
 * @param reason       why it failed; null on success
 * @param refundTime   {@code yyyy-MM-dd HH:mm:ss}
 */
record DepositRefundCompletedEvent(String refundNo, String phoneNo, Long refundAmount, String state, String reason,
        String refundTime) implements VersionedPayload {

    static final String TOPIC = "deposit.refund-completed";
    static final String TYPE = "DepositRefundCompleted";
    static final String SUCCESS = "SUCCESS";
    static final String FAILED = "FAILED";

    @Override
    public int schemaVersion() {
        return 1;
    }
}
