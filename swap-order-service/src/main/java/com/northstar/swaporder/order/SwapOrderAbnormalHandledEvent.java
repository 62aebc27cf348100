package com.northstar.swaporder.order;

import com.northstar.platform.core.event.EventEnvelope;
import java.time.LocalDateTime;

/**
 * {@code data} of {@code swap.order-abnormal-handled} (event type {@code SwapOrderAbnormalHandled}), schema
 * version 1: operations (or a partner for them) closed an abnormal order.
 *
 * @param operatorAppKey the app key of the partner that named the operator; null when the operator is the verified
 *                       OPS caller
 */
record SwapOrderAbnormalHandledEvent(long orderId, String deviceOrderId, String deviceId, String merchantCode,
        String deviceMerchantCode, long userId, String operatorId, String operatorName, String operatorAppKey,
        LocalDateTime operatorTime, String remark) implements EventEnvelope.VersionedPayload {

    static final String TOPIC = "swap.order-abnormal-handled";
    static final String TYPE = "SwapOrderAbnormalHandled";
    static final int SCHEMA_VERSION = 1;

    static SwapOrderAbnormalHandledEvent of(SwapOrder order) {
        return new SwapOrderAbnormalHandledEvent(order.getId(), order.getDeviceOrderId(), order.getDeviceId(),
                order.getMerchantCode(), order.getDeviceMerchantCode(), order.getUserId(), order.getOperatorId(),
                order.getOperatorName(), order.getOperatorAppKey(), order.getOperatorTime(), order.getRemark());
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
