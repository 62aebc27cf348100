package com.northstar.asset.vehicle;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Body of {@code assetVehicleOverdue} (seed 000 §2.2.8) plus the KOP page the seed omits. Merchant codes are
 * strings ({@code M001}) although the seed says {@code List<Long>} (catalog: one merchant code everywhere).
 *
 * @param userType    the seed's "轨迹查看用户类型", 1 operations or 2 user: who is looking; required and checked, it
 *                    does not change which vehicles are overdue
 * @param merchantIds required: whose vehicles; a MERCHANT gets only its own among them
 */
record VehicleOverdueRequest(@NotNull @Min(1) @Max(2) Integer userType, @NotNull List<String> merchantIds,
        Integer pageNo, @JsonAlias("pageSzie") Integer pageSize, Boolean withTotal) {
}
