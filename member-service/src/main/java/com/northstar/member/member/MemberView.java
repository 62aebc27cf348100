package com.northstar.member.member;

/**
 * One member of {@code memberQuery} (seed 2.2.19), the seed's fields in its order after {@code id} (which the seed
 * leaves out and memberOperate and memberAssets need).
 */
record MemberView(String id, Integer cityId, String cityName, String userName, String userLabelStr, String phoneNo,
        String idCardStateStr, String stateStr, String shareCode, String inviter, String merchantId,
        String merchantName, String merchantTypeName, Integer useDayNum, Integer assetsOrderNum, String vehicleId,
        String batteryCode) {
}
