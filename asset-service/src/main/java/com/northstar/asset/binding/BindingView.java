package com.northstar.asset.binding;

/** A binding exactly as seed 000 §2.2.16 returns it; {@code id} is what 2.2.17 corrects. */
record BindingView(String id, String userName, String phoneNo, String batteryCode, String batteryModel,
        String shareCode) {

    static BindingView of(Binding binding, String batteryModel) {
        return new BindingView(binding.getId().toString(), binding.getUserName(), binding.getUserPhone(),
                binding.getBatteryCode(), batteryModel, binding.getShareCode());
    }
}
