package com.northstar.parking.order;

import java.util.Arrays;

/**
 * {@code auditStateBeforePay} of an order whose product needs audit before payment (null for one that needs none):
 * AWAITING (01) ──park approves──▶ APPROVED (03) (payable from then on) or ──park rejects──▶ REJECTED (04) (closed).
 */
public enum AuditState {

    AWAITING("01"),
    APPROVED("03"),
    REJECTED("04");

    private final String code;

    AuditState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The state of a code; null for null (an order without audit). */
    public static AuditState ofCode(String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(values()).filter(state -> state.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no audit state " + code));
    }

    public boolean mayMoveTo(AuditState next) {
        return this == AWAITING && (next == APPROVED || next == REJECTED);
    }

    /** A park's decision as parkingAuditDecide sends it: "03" or "04", else null. */
    public static AuditState decision(String code) {
        return APPROVED.code.equals(code) ? APPROVED : REJECTED.code.equals(code) ? REJECTED : null;
    }
}
