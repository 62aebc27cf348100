package com.northstar.swaporder.order;

/** Seed 000's order types with their wire codes. */
public enum OrderType {

    ABNORMAL(0),
    NORMAL(1);

    private final int code;

    OrderType(int code) {
        this.code = code;
    }

    /** The seed's code, as on the wire and in {@code swap_order.order_type}. */
    public int code() {
        return code;
    }
}
