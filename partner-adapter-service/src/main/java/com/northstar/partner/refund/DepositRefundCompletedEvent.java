package com.northstar.partner.refund;

import com.northstar.platform.core.event.EventEnvelope.VersionedPayload;

/**
 * {@code deposit.refund-completed} (key refundNo): how Weichuang's refund ended. state SUCCESS or FAILED (a
 * definite refusal only; an unknown outcome is never reported); refundAmount in fen; reason null on success;
 * refundTime {@code yyyy-MM-dd HH:mm:ss}, Weichuang's when it gave one.
 */
record DepositRefundCompletedEvent(String refundNo, String phoneNo, long refundAmount, String state, String reason,
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
