package com.northstar.parking.order;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A renewal order's state and the rules on it: open (at most one per card), payable, due to time out
 * ({@link #PAYMENT_PERIOD} after it became payable: created, or approved when audited).
 */
record Order(String id, String cardId, long amountFen, OrderState state, AuditState audit,
        LocalDateTime payableSince, String transactionId, LocalDateTime endDt) {

    /** The seed's {@code period}: how long an order may be paid once payable. */
    static final Duration PAYMENT_PERIOD = Duration.ofSeconds(300);

    /** Holds its card: a second order of it is refused until this one is paid, times out or is rejected. */
    boolean isOpen() {
        return state == OrderState.CREATED && audit != AuditState.REJECTED;
    }

    boolean isPayable() {
        return state == OrderState.CREATED && (audit == null || audit == AuditState.APPROVED);
    }

    boolean isDue(LocalDateTime now) {
        return isPayable() && payableSince != null && !now.isBefore(payableSince.plus(PAYMENT_PERIOD));
    }

    /** Why it cannot be paid now (for a 409), or null when it can. */
    String whyNotPayable() {
        if (isPayable()) {
            return null;
        }
        return switch (state) {
            case CREATED -> audit == AuditState.AWAITING ? "the order awaits the park's audit"
                    : "the park rejected the order";
            case PAID -> "the order is already paid";
            case TIMED_OUT -> "the order timed out; renew again";
            case REFUND_APPLIED, REFUNDED -> "the order's payment is being refunded";
        };
    }
}
