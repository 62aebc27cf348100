package com.northstar.deposit.refund;

import com.northstar.platform.core.event.EventEnvelope.VersionedPayload;

/**
 * {@code data} of {@code deposit.refund-requested} ({@code DepositRefundRequested}, key refundNo): a confirmed
 * refund to pay out. partner-adapter pays WEICHUANG_MIGRATION ones through Weichuang.
 *
 * @param refundAmount fen
 */
record DepositRefundRequestedEvent(String refundNo, String phoneNo, String userId, long refundAmount,
        String depositSource, String merchantCode) implements VersionedPayload {

    static final String TOPIC = "deposit.refund-requested";
    static final String TYPE = "DepositRefundRequested";

    @Override
    public int schemaVersion() {
        return 1;
    }
}
