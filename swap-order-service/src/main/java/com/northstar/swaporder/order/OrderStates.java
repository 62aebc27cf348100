package com.northstar.swaporder.order;

/** The seed's codes for order types and states (catalog decisions for seed 000). */
public final class OrderStates {

    public static final int TYPE_ABNORMAL = 0;
    public static final int TYPE_NORMAL = 1;

    public static final int IN_PROGRESS = 0;
    public static final int COMPLETED = 1;
    public static final int ABNORMAL_AWAITING_HANDLING = 2;
    public static final int ABNORMAL_HANDLED = 3;

    private OrderStates() {
    }
}
