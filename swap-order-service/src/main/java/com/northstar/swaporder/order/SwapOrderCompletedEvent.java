package com.northstar.swaporder.order;

import com.northstar.platform.core.event.EventEnvelope;
import java.time.LocalDateTime;

/**
 * {@code data} of {@code swap.order-completed} (event type {@code SwapOrderCompleted}), schema version 1: a swap
 * that finished, with what member-service (the package used) and asset-service (the batteries) act on.
 *
 * @param deviceMerchantCode the cabinet's owner when the order was reported, or null if unknown then
 * @param packagePrice       in fen
 */
record SwapOrderCompletedEvent(long orderId, String deviceOrderId, String deviceId, String merchantCode,
        String deviceMerchantCode, long userId, int orderType, LocalDateTime startTime, LocalDateTime completeTime,
        String newBattery, String oldBattery, Integer payStatus, Integer payType, String packageName,
        Long packagePrice) implements EventEnvelope.VersionedPayload {

    static final String TOPIC = "swap.order-completed";
    static final String TYPE = "SwapOrderCompleted";
    static final int SCHEMA_VERSION = 1;

    static SwapOrderCompletedEvent of(SwapOrder order) {
        return new SwapOrderCompletedEvent(order.getId(), order.getDeviceOrderId(), order.getDeviceId(),
                order.getMerchantCode(), order.getDeviceMerchantCode(), order.getUserId(), order.getOrderType(),
                order.getStartTime(), order.getCompleteTime(), order.getNewBattery(), order.getOldBattery(),
                order.getPayStatus(), order.getPayType(), order.getPackageName(), order.getPackagePrice());
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
