package com.northstar.swaporder.order;

import com.northstar.platform.core.event.EventEnvelope;
import java.time.LocalDateTime;

/**
 * {@code data} of {@code swap.order-completed} (event type {@code SwapOrderCompleted}): a swap that finished, with
 * what member-service (the package used) and asset-service (the batteries and where they went) act on.
 * <p>
 * Schema version 2 added the user's phone and name and the swap's slots and charge levels: asset-service binds the
 * new battery to the user and Weichuang's binding update needs the user's phone; the returned battery goes into
 * the cabinet slot with the charge it came back with. Version 1 fields are unchanged.
 *
 * @param deviceMerchantCode the cabinet's owner when the order was reported, or null if unknown then
 * @param packagePrice       in fen
 * @param borrowBoxNo        the slot the new battery was taken from
 * @param returnBoxNo        the slot the old battery was put into
 * @param borrowElectric     the new battery's charge level in percent when taken
 * @param returnElectric     the old battery's charge level in percent when returned
 */
record SwapOrderCompletedEvent(long orderId, String deviceOrderId, String deviceId, String merchantCode,
        String deviceMerchantCode, long userId, int orderType, LocalDateTime startTime, LocalDateTime completeTime,
        String newBattery, String oldBattery, Integer payStatus, Integer payType, String packageName,
        Long packagePrice, String phone, String userName, Integer borrowBoxNo, Integer returnBoxNo,
        Integer borrowElectric, Integer returnElectric) implements EventEnvelope.VersionedPayload {

    static final String TOPIC = "swap.order-completed";
    static final String TYPE = "SwapOrderCompleted";
    static final int SCHEMA_VERSION = 2;

    static SwapOrderCompletedEvent of(SwapOrder order) {
        return new SwapOrderCompletedEvent(order.getId(), order.getDeviceOrderId(), order.getDeviceId(),
                order.getMerchantCode(), order.getDeviceMerchantCode(), order.getUserId(), order.getOrderType(),
                order.getStartTime(), order.getCompleteTime(), order.getNewBattery(), order.getOldBattery(),
                order.getPayStatus(), order.getPayType(), order.getPackageName(), order.getPackagePrice(),
                order.getPhone(), order.getUserName(), order.getBorrowBoxNo(), order.getReturnBoxNo(),
                order.getBorrowElectric(), order.getReturnElectric());
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
