package com.northstar.storedvalue.codepay;

import com.northstar.storedvalue.support.StoredValueStatus;
import java.util.Set;

/**
 * Where a code payment stands, with the status it is answered with. PAYING → PAID, FAILED, CODE_EXPIRED or
 * UNKNOWN; UNKNOWN → PAID, FAILED or CODE_EXPIRED; the rest are final. An open payment (PAYING, UNKNOWN) may have
 * been charged: it is resolved only by what the provider says, never assumed failed.
 */
public enum CodePaymentState {

    /** Claimed for its order code; the charge may be at the provider. */
    PAYING(StoredValueStatus.PAYMENT_UNKNOWN),
    UNKNOWN(StoredValueStatus.PAYMENT_UNKNOWN),
    PAID(StoredValueStatus.PAID),
    FAILED(StoredValueStatus.PAYMENT_NOT_CONFIRMED),
    CODE_EXPIRED(StoredValueStatus.PAYMENT_CODE_EXPIRED);

    private final StoredValueStatus status;

    CodePaymentState(StoredValueStatus status) {
        this.status = status;
    }

    public StoredValueStatus status() {
        return status;
    }

    /** Only the provider can tell how an open payment ended. */
    public boolean isOpen() {
        return this == PAYING || this == UNKNOWN;
    }

    public boolean canMoveTo(CodePaymentState next) {
        return switch (this) {
            case PAYING -> next != PAYING;
            case UNKNOWN -> Set.of(PAID, FAILED, CODE_EXPIRED).contains(next);
            case PAID, FAILED, CODE_EXPIRED -> false;
        };
    }
}
