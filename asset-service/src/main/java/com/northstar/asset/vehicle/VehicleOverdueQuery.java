package com.northstar.asset.vehicle;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.paging.PageRequest;
import com.northstar.platform.core.paging.QueryText;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of {@code assetVehicleOverdue} in one place: the overdue rentals ({@link VehicleRental#overdue}) of the
 * merchants named, longest overdue first. A MERCHANT-scoped caller gets only the merchants its token also names
 * (another merchant's code matches nothing); a token naming none sees nothing.
 *
 * @param merchantCodes the merchants the caller asked for and may see
 * @param now           the moment "overdue" is judged at
 */
record VehicleOverdueQuery(Set<String> merchantCodes, LocalDateTime now, PageRequest page, boolean withTotal) {

    static final int DEFAULT_PAGE_SIZE = 10;

    static VehicleOverdueQuery of(VehicleOverdueRequest request, Caller caller, LocalDateTime now) {
        return new VehicleOverdueQuery(QueryText.visibleMerchants(QueryText.codes("merchantIds",
                request.merchantIds()), caller), now, PageRequest.of(request.pageNo(), request.pageSize(), DEFAULT_PAGE_SIZE),
                request.withTotal() == null || request.withTotal());
    }

    Optional<LambdaQueryWrapper<VehicleRental>> toWrapper() {
        if (merchantCodes.isEmpty()) {
            return Optional.empty();
        }
        LambdaQueryWrapper<VehicleRental> wrapper = Wrappers.lambdaQuery(VehicleRental.class)
                .in(VehicleRental::getMerchantCode, merchantCodes);
        return Optional.of(VehicleRental.overdue(wrapper, now)
                .orderByAsc(VehicleRental::getRentalEnd).orderByAsc(VehicleRental::getId));
    }
}
