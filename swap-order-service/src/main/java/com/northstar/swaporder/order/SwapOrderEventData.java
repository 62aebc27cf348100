package com.northstar.swaporder.order;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Payload of the swap-order events: the order as {@code swapOrderQuery} returns it with every block, plus the
 * cabinet platform's order id so consumers can match it with what the cabinet told them.
 */
record SwapOrderEventData(@JsonUnwrapped SwapOrderView order, String deviceOrderId) {

    static final String TOPIC_COMPLETED = "swap.order-completed";
    static final String TOPIC_ABNORMAL_HANDLED = "swap.order-abnormal-handled";
    static final String ORDER_COMPLETED = "SwapOrderCompleted";
    static final String ORDER_ABNORMAL_HANDLED = "SwapOrderAbnormalHandled";

    static SwapOrderEventData of(SwapOrder order) {
        return new SwapOrderEventData(SwapOrderView.of(order, SwapOrderView.Blocks.ALL), order.getDeviceOrderId());
    }
}
