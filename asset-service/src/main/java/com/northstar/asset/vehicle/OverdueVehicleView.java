package com.northstar.asset.vehicle;

import com.northstar.asset.merchant.Merchant;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An overdue vehicle exactly as seed 000 §2.2.8 returns it: the vehicle's fields and the overdue fields of the
 * seed's second table. {@code deposit} is a String in the seed: yuan with two decimals ({@code "299.00"}), as
 * Weichuang writes deposits. {@code overdueTime} is when it became overdue (the rental end).
 */
record OverdueVehicleView(String imgUrl, String code, String model, String name, String spec, String merchantCode,
        String merchantName, String regionName, String userName, String phoneNo, String deposit,
        LocalDateTime overdueTime) {

    static OverdueVehicleView of(VehicleRental rental, Vehicle vehicle, Merchant merchant) {
        return new OverdueVehicleView(vehicle == null ? null : vehicle.getImgUrl(), rental.getVehicleCode(),
                vehicle == null ? null : vehicle.getModel(), vehicle == null ? null : vehicle.getName(),
                vehicle == null ? null : vehicle.getSpec(), rental.getMerchantCode(),
                merchant == null ? null : merchant.getName(), merchant == null ? null : merchant.getRegionName(),
                rental.getUserName(), rental.getUserPhone(), BigDecimal.valueOf(rental.getDeposit(), 2).toPlainString(),
                rental.getRentalEnd());
    }
}
