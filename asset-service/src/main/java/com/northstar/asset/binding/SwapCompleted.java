package com.northstar.asset.binding;

import java.time.LocalDateTime;

/**
 * What asset-service reads of {@code swap.order-completed} (swap-order's schema version 2; a version 1 event has
 * no phone, name, slots or charge levels, and is applied with what it has).
 *
 * @param merchantCode       the user's merchant
 * @param deviceMerchantCode the cabinet's owner as swap-order knew it
 */
record SwapCompleted(long orderId, String deviceId, String merchantCode, String deviceMerchantCode, long userId,
        String phone, String userName, String newBattery, String oldBattery, Integer returnBoxNo,
        Integer borrowElectric, Integer returnElectric, LocalDateTime completeTime) {
}
