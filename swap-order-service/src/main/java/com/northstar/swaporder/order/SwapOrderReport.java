package com.northstar.swaporder.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * Body of {@code swapOrderReport} (catalog decision): the order as §2.2.1 returns it, without {@code orderId},
 * plus {@code deviceOrderId}, the cabinet platform's own id and the idempotency key. Sizes match the columns.
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
}
