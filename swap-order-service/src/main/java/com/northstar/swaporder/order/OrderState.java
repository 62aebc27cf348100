package com.northstar.swaporder.order;

import java.util.Arrays;

/**
 * The states of a swap order with seed 000's wire codes, and every move between them:
 *
 * <pre>
 * IN_PROGRESS (0) ──cabinet reports──▶ COMPLETED (1)
 *       └─────────cabinet reports──▶ ABNORMAL_AWAITING_HANDLING (2) ──operations handle──▶ ABNORMAL_HANDLED (3)
 * </pre>
 *
 * A cabinet may report an order first in any state; nothing moves backwards, and a completed or handled order is
 * final.
 */
public enum OrderState {

    IN_PROGRESS(0),
    COMPLETED(1),
    ABNORMAL_AWAITING_HANDLING(2),
    ABNORMAL_HANDLED(3);

    private final int code;

    OrderState(int code) {
        this.code = code;
    }

    /** The seed's code, as on the wire and in {@code swap_order.order_state}. */
    public int code() {
        return code;
    }

    public static OrderState ofCode(int code) {
        return Arrays.stream(values()).filter(state -> state.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no order state " + code));
    }

    /** Whether a cabinet's later report of an order in this state may move it to {@code reported}. */
    public boolean mayBeReportedAs(OrderState reported) {
        return this == IN_PROGRESS && (reported == COMPLETED || reported == ABNORMAL_AWAITING_HANDLING);
    }

    /** Whether operations may close an order in this state; closing it makes it {@link #ABNORMAL_HANDLED}. */
    public boolean awaitsHandling() {
        return this == ABNORMAL_AWAITING_HANDLING;
    }
}
