package com.northstar.asset.battery;

/** BatteryInfo's {@code state} (seed 1.2.2) as this suite keeps it: whether a user holds the battery. */
public enum BatteryState {
    NOT_BOUND(0),
    BOUND(1);

    private final int code;

    BatteryState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
