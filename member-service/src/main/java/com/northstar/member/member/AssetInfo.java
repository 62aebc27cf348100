package com.northstar.member.member;

/**
 * One asset of {@code memberAssets} (seed 2.2.21), as asset-service's INTERNAL member-assets answers it.
 *
 * @param assetType 0 current vehicle, 1 current battery, 2 initial vehicle, 3 initial battery
 */
record AssetInfo(Integer assetType, String assetCode, String assetModel) {
}
