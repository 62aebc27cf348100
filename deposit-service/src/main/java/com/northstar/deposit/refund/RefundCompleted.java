package com.northstar.deposit.refund;

import com.northstar.platform.core.time.WireDates;
import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * What deposit-service reads of {@code deposit.refund-completed}.
 *
 * @param refundAmount fen
 * @param state        SUCCESS or FAILED
 * @param refundTime   {@code yyyy-MM-dd HH:mm:ss} as the payer reported it
 */
record RefundCompleted(String refundNo, String phoneNo, Long refundAmount, String state, String reason,
        String refundTime) {

    boolean isReadable() {
        return refundNo != null && !refundNo.isBlank()
                && (DepositRefundCompletedEvent.SUCCESS.equals(state) || DepositRefundCompletedEvent.FAILED.equals(state));
    }

    boolean succeeded() {
        return DepositRefundCompletedEvent.SUCCESS.equals(state);
    }

    /** When the money went back; {@code fallback} when the payer did not say in a readable form. */
    LocalDateTime refundTimeOr(LocalDateTime fallback) {
        if (refundTime == null || refundTime.isBlank()) {
            return fallback;
        }
        try {
            return WireDates.parse(refundTime, false);
        } catch (IllegalArgumentException | DateTimeException e) {
            return fallback;
        }
    }
}
