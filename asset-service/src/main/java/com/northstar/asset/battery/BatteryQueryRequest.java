package com.northstar.asset.battery;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Body of {@code assetBatteryQuery} (seed 000 §2.2.15) plus the KOP page the seed omits.
 *
 * @param merchantIds required: the merchants whose batteries to list
 * @param withTotal   false skips the count on large tables and leaves {@code total} out (catalog)
 */
record BatteryQueryRequest(@NotNull List<String> merchantIds, String userName, String batteryCode, Integer pageNo,
        @JsonAlias("pageSzie") Integer pageSize, Boolean withTotal) {
}
