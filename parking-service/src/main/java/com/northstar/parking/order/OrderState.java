package com.northstar.parking.order;

import java.util.Arrays;

/**
 * The seed's order {@code state} (支付状态) with its wire codes, and every move between them:
 *
 * <pre>
 * CREATED (01) ──payment SUCCESS while payable──────────────▶ PAID (03)
 *     │  └──────payable for the whole period, unpaid────────▶ TIMED_OUT (81) ──late SUCCESS──▶ REFUND_APPLIED (21)
 *     └─────────SUCCESS while awaiting audit or rejected────▶ REFUND_APPLIED (21) ──refund done──▶ REFUNDED (22)
 * </pre>
 *
 * Money that arrives for an order that may not take it is recorded for refund, never applied to the card.
 */
public enum OrderState {

    CREATED("01"),
    PAID("03"),
    REFUND_APPLIED("21"),
    REFUNDED("22"),
    TIMED_OUT("81");

    private final String code;

    OrderState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static OrderState ofCode(String code) {
        return Arrays.stream(values()).filter(state -> state.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no order state " + code));
    }

    public boolean mayMoveTo(OrderState next) {
        return switch (this) {
            case CREATED -> next == PAID || next == TIMED_OUT || next == REFUND_APPLIED;
            case TIMED_OUT -> next == REFUND_APPLIED;
            case REFUND_APPLIED -> next == REFUNDED;
            case PAID, REFUNDED -> false;
        };
    }
}
