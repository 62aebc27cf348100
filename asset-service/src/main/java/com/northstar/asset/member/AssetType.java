package com.northstar.asset.member;

/** {@code assetType} of seed 000 §2.2.21. */
enum AssetType {
    CURRENT_VEHICLE(0),
    CURRENT_BATTERY(1),
    INITIAL_VEHICLE(2),
    INITIAL_BATTERY(3);

    private final int code;

    AssetType(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
