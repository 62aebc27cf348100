package com.northstar.swaporder.order;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Body of {@code swapOrderQuery}: every parameter of seed 000 §2.2.1, with the seed's misspellings accepted as
 * aliases (catalog) and {@code orderId} (seen in §2.2.5/2.2.6) as a one-element {@code orderIds}. Lists are
 * comma-separated strings as the seed has them; the start-time bounds are kept as text because a bare date
 * means a different instant at each end of the range.
 *
 * @param startTimeBefore the first start time included (the seed's "开始区间", despite the name)
 * @param startTimeEnd    the last start time included; a bare date includes that whole day
 * @param withTotal       false skips the count on large tables and leaves {@code total} out (catalog)
 */
record SwapOrderQueryRequest(
        @Min(0) @Max(1) Integer orderType,
        @JsonAlias("OrderState") @Min(0) @Max(3) Integer orderState,
        String orderIds,
        Long orderId,
        String userName,
        String phone,
        String merchantCodes,
        String deviceId,
        String deviceIds,
        String newBattery,
        String oldBattery,
        String startTimeBefore,
        String startTimeEnd,
        @Min(0) @Max(1) Integer changeDetail,
        @JsonAlias("operationInfo") @Min(0) @Max(1) Integer operatorInfo,
        @JsonAlias("packagelInfo") @Min(0) @Max(1) Integer packageInfo,
        Integer pageNo,
        @JsonAlias("pageSzie") Integer pageSize,
        Boolean withTotal) {

    static final SwapOrderQueryRequest EVERYTHING = new SwapOrderQueryRequest(null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);
}
