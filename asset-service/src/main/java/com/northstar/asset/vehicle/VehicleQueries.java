package com.northstar.asset.vehicle;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.northstar.asset.merchant.Merchant;
import com.northstar.asset.merchant.Merchants;
import com.northstar.platform.core.paging.KopPage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@code assetVehicleOverdue}: one page of overdue rentals with their vehicle and merchant. */
@Service
class VehicleQueries {

    private final VehicleRentalMapper rentals;
    private final VehicleMapper vehicles;
    private final Merchants merchants;

    VehicleQueries(VehicleRentalMapper rentals, VehicleMapper vehicles, Merchants merchants) {
        this.rentals = rentals;
        this.vehicles = vehicles;
        this.merchants = merchants;
    }

    @Transactional(readOnly = true)
    public KopPage<OverdueVehicleView> overdue(VehicleOverdueQuery query) {
        int pageNo = query.page().pageNo();
        int pageSize = query.page().pageSize();
        return query.toWrapper().map(wrapper -> {
            Page<VehicleRental> page = new Page<>(pageNo, pageSize);
            page.setSearchCount(query.withTotal());
            rentals.selectPage(page, wrapper);
            List<VehicleRental> rows = page.getRecords();
            Set<String> codes = rows.stream().map(VehicleRental::getVehicleCode).collect(Collectors.toSet());
            Map<String, Vehicle> vehiclesOfPage = codes.isEmpty() ? Map.of() : vehicles.selectByIds(codes).stream()
                    .collect(Collectors.toMap(Vehicle::getCode, Function.identity()));
            Map<String, Merchant> merchantsOfPage = merchants.byCodes(rows.stream()
                    .map(VehicleRental::getMerchantCode).toList());
            List<OverdueVehicleView> result = rows.stream().map(rental -> OverdueVehicleView.of(rental,
                    vehiclesOfPage.get(rental.getVehicleCode()), merchantsOfPage.get(rental.getMerchantCode())))
                    .toList();
            return new KopPage<>(query.withTotal() ? page.getTotal() : null, pageNo, pageSize, result);
        }).orElseGet(() -> new KopPage<>(query.withTotal() ? 0L : null, pageNo, pageSize, List.of()));
    }
}
