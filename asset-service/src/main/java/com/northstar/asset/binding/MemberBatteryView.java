package com.northstar.asset.binding;

import java.time.LocalDateTime;

/** A member's battery exactly as seed 000 §2.2.13 returns it; {@code merchantId} is the member's store. */
record MemberBatteryView(String merchantId, String userName, String phoneNo, String batteryCode,
        String batteryModel, LocalDateTime bindDate) {

    static MemberBatteryView of(Binding binding, String batteryModel) {
        return new MemberBatteryView(binding.getMerchantCode(), binding.getUserName(), binding.getUserPhone(),
                binding.getBatteryCode(), batteryModel, binding.getBoundAt());
    }
}
