package com.northstar.asset.battery;

import com.northstar.asset.merchant.Merchant;
import java.time.LocalDateTime;

/**
 * A battery exactly as seed 000 §2.2.15 returns it. The seed types every field as String: {@code gridPos} is the
 * slot number, {@code currentBattery} the charge level in percent now (estimated while it charges in a slot), {@code canTravelDistance} km, both without a
 * unit; {@code chargeFullDate} is {@code yyyy-MM-dd HH:mm:ss}. Estimates ({@link BatteryCharge}) are null when
 * there is nothing to estimate from.
 */
record BatteryView(String imgUrl, String batteryCode, String batteryModel, String merchantName, String cityName,
        String userName, String cabinetCode, String gridPos, String currentBattery, LocalDateTime chargeFullDate,
        String canTravelDistance) {

    static BatteryView of(Battery battery, Merchant merchant, BatteryModel model, LocalDateTime now) {
        BatteryCharge charge = new BatteryCharge(battery.getChargeLevel(), battery.getChargeReportedAt(),
                battery.getCabinetCode() != null, model);
        return new BatteryView(battery.getCover(), battery.getBatteryCode(), battery.getModel(),
                merchant != null ? merchant.getName() : battery.getMerchantName(),
                merchant != null ? merchant.getCityName() : null, battery.getUserName(), battery.getCabinetCode(),
                text(battery.getGridPos()), text(charge.levelAt(now)), charge.fullAt(), text(charge.rangeKmAt(now)));
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
