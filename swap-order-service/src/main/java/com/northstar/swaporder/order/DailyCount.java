package com.northstar.swaporder.order;

import io.swagger.v3.oas.annotations.media.Schema;

/** One day of {@code swapOrderDailyCounts}: the orders whose swap started that day, by outcome. */
@Schema(description = "Swaps started on one day (Asia/Shanghai) that the caller may see")
record DailyCount(
        @Schema(description = "the day, yyyy-MM-dd", example = "2026-03-01", requiredMode = Schema.RequiredMode.REQUIRED)
        String date,
        @Schema(description = "orders completed (orderState 1)", requiredMode = Schema.RequiredMode.REQUIRED)
        long completed,
        @Schema(description = "abnormal orders, awaiting handling or handled (orderState 2 or 3)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        long abnormal) {
}
