package com.northstar.swaporder.order;

import com.northstar.platform.core.event.EventEnvelope;
import java.time.LocalDateTime;

/**
 * {@code data} of {@code swap.order-abnormal-reported} (event type {@code SwapOrderAbnormalReported}), schema
 * version 1: a cabinet reported that a swap went wrong and the order now awaits handling by operations.
 *
 * @param deviceMerchantCode the cabinet's owner when the order was reported, or null if unknown then
 */
record SwapOrderAbnormalReportedEvent(long orderId, String deviceOrderId, String deviceId, String merchantCode,
        String deviceMerchantCode, long userId, LocalDateTime startTime, LocalDateTime completeTime,
        String newBattery, String oldBattery, Integer payStatus, Integer payType)
        implements EventEnvelope.VersionedPayload {

    static final String TOPIC = "swap.order-abnormal-reported";
    static final String TYPE = "SwapOrderAbnormalReported";
    static final int SCHEMA_VERSION = 1;

    static SwapOrderAbnormalReportedEvent of(SwapOrder order) {
        return new SwapOrderAbnormalReportedEvent(order.getId(), order.getDeviceOrderId(), order.getDeviceId(),
                order.getMerchantCode(), order.getDeviceMerchantCode(), order.getUserId(), order.getStartTime(),
                order.getCompleteTime(), order.getNewBattery(), order.getOldBattery(), order.getPayStatus(),
                order.getPayType());
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
