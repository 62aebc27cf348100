package com.northstar.swaporder.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Body of {@code swapOrderReport} (catalog decision): the order as §2.2.1 returns it, without {@code orderId},
 * plus {@code deviceOrderId}, the cabinet platform's own id. A cabinet reports an order again when its state
 * moves on (see {@link OrderState}); each state's report is idempotent. Sizes match the columns.
 */
record SwapOrderReport(
        @NotBlank @Size(max = 64) String deviceOrderId,
        @NotBlank @Size(max = 64) String deviceId,
        @Size(max = 64) String merchantCode,
        @NotNull Long userId,
        @Size(max = 20) String phone,
        @Size(max = 64) String userName,
        @Size(max = 32) String channel,
        @NotNull @Min(0) @Max(1) Integer orderType,
        @NotNull @Min(0) @Max(3) Integer orderState,
        @NotNull LocalDateTime startTime,
        LocalDateTime completeTime,
        @Size(max = 64) String newBattery,
        @Size(max = 64) String oldBattery,
        @Min(0) @Max(1) Integer payStatus,
        @Min(1) @Max(3) Integer payType,
        @Valid ChangeDetail changeDetail,
        @Valid PackageInfo packageInfo) {

    OrderState state() {
        return OrderState.ofCode(orderState);
    }

    /** This report as the order row holds it: times to the second, a block without any value as no block. */
    SwapOrderReport asStored() {
        return new SwapOrderReport(deviceOrderId, deviceId, merchantCode, userId, phone, userName, channel, orderType,
                orderState, toSecond(startTime), toSecond(completeTime), newBattery, oldBattery, payStatus, payType,
                changeDetail == null || changeDetail.isEmpty() ? null : changeDetail,
                packageInfo == null || packageInfo.isEmpty() ? null : packageInfo);
    }

    private static LocalDateTime toSecond(LocalDateTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS);
    }
}
