package com.northstar.asset.member;

/** One asset of a member as seed 000 §2.2.21 returns it. */
record AssetInfo(int assetType, String assetCode, String assetModel) {

    /** A code and model as the statements read them. */
    record Asset(String code, String model) {
    }

    static AssetInfo of(AssetType type, Asset asset) {
        return new AssetInfo(type.code(), asset.code(), asset.model());
    }
}
