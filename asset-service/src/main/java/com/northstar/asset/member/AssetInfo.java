package com.northstar.asset.member;

/**
 * One asset of a member as seed 000 §2.2.21 returns it, plus its picture ({@code assetImg}, the battery's cover or the
 * vehicle's image), which 2.2.23's refund detail shows beside it.
 */
record AssetInfo(int assetType, String assetCode, String assetModel, String assetImg) {

    /** A code, model and picture as the statements read them. */
    record Asset(String code, String model, String img) {
    }

    static AssetInfo of(AssetType type, Asset asset) {
        return new AssetInfo(type.code(), asset.code(), asset.model(), asset.img());
    }
}
