package com.northstar.member.review;

/**
 * One review of {@code memberAccessReviewQuery} (seed 2.2.9): {@code id} (which the seed leaves out and 2.2.10 and
 * 2.2.12 need), {@code phoneNo}, then the seed's fields in its order. Money: {@code deposit}/{@code oldDeposit} fen,
 * {@code onlinePrice}/{@code offlinePrice} yuan strings; {@code bindDate} {@code yyyy-MM-dd HH:mm:ss}.
 */
record AccessReviewView(Long id, String phoneNo, String userName, String vehicleId, String vehicleModel,
        String rentType, String assetsDirectionStr, String batteryCode, String batteryModel, Integer orderType,
        Long deposit, Long oldDeposit, String onlinePrice, String offlinePrice, String directionStr,
        String shareCode, String orderTypeStr, String stateStr, String bindDate) {
}
