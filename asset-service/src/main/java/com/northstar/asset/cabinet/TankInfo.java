package com.northstar.asset.cabinet;

/** A cabinet as Weichuang describes it (seed 1.1.1 TankInfo), through partner-adapter-service. */
record TankInfo(String tankCode, String merchantId, String merchantName, String latitude, String longitude,
        String address, String model, Integer state, String cover, String operateMode) {
}
