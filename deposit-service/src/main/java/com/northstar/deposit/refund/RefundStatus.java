package com.northstar.deposit.refund;

import com.northstar.deposit.deposit.DepositSource;
import java.util.Arrays;

/**
 * The seed's {@code status} of a refund application, with its wire codes, and every move between them:
 *
 * <pre>
 * AWAITING_MERCHANT (0) ──merchant confirms (Weichuang deposit)──▶ REFUNDING (1) ──payout SUCCESS──▶ REFUNDED (2)
 *         │                                                              └───────payout FAILED──▶ FAILED (3)
 *         └──────────merchant confirms (review-terms deposit: the confirmation is the payout)──▶ REFUNDED (2)
 * </pre>
 *
 * REFUNDED and FAILED are final; after FAILED the deposit is held again and the user may apply anew.
 */
public enum RefundStatus {

    AWAITING_MERCHANT(0),
    REFUNDING(1),
    REFUNDED(2),
    FAILED(3);

    private final int code;

    RefundStatus(int code) {
        this.code = code;
    }

    /** The seed's code, as on the wire and in {@code refund_application.status}. */
    public int code() {
        return code;
    }

    public static RefundStatus ofCode(int code) {
        return Arrays.stream(values()).filter(status -> status.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no refund status " + code));
    }

    public boolean mayMoveTo(RefundStatus next) {
        return switch (this) {
            case AWAITING_MERCHANT -> next == REFUNDING || next == REFUNDED;
            case REFUNDING -> next == REFUNDED || next == FAILED;
            case REFUNDED, FAILED -> false;
        };
    }

    /** Open: the deposit is held for it and no second application is accepted. */
    public boolean isOpen() {
        return this == AWAITING_MERCHANT || this == REFUNDING;
    }

    /** Where the merchant's confirmation takes an application for a deposit of this source. */
    public static RefundStatus confirmedFor(DepositSource source) {
        return source.paidOutOnConfirmation() ? REFUNDED : REFUNDING;
    }
}
