package com.northstar.member.review;

/**
 * A pending access review as a migration opens it, from what it pulled from Weichuang.
 *
 * @param deposit    fen, Weichuang's deposit (also {@code oldDeposit}); null when it had none
 * @param onlinePrice the deposit in yuan as Weichuang gave it
 */
public record NewReview(long memberId, String phone, String merchantCode, String userName, String rentType,
        String batteryCode, String batteryModel, Long deposit, String onlinePrice, String directionStr,
        String shareCode) {
}
