package com.northstar.asset.binding;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Body of {@code assetMemberBatteryQuery} (seed 000 §2.2.13) plus the KOP page the seed omits.
 *
 * @param merchantIds required: the stores whose members' batteries to list; for a MERCHANT only its own count
 * @param withTotal   false skips the count on large tables and leaves {@code total} out (catalog)
 */
record MemberBatteryQueryRequest(@NotNull List<String> merchantIds, String phoneNo, String userName,
        String batteryCode, Integer pageNo, @JsonAlias("pageSzie") Integer pageSize, Boolean withTotal) {
}
