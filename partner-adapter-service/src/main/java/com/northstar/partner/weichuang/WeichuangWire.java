package com.northstar.partner.weichuang;

import java.util.List;

/** Weichuang's request and answer bodies, field names exactly as seed 000 section 1 writes them. */
public final class WeichuangWire {

    private WeichuangWire() {
    }

    /** 1.1.1 request. */
    public record TankQuery(List<String> tankCodes) {
    }

    /** 1.1.1 answer. */
    public record TankList(List<TankInfo> tankList) {
    }

    public record TankInfo(String tankCode, String merchantId, String merchantName, String latitude,
            String longitude, String address, String model, Integer state, String cover, String operateMode) {
    }

    /** 1.2.1 request; {@code state} 1 bound, 0 unbound. */
    public record BindingUpdate(String batteryCode, String userId, String userPhone, Integer state) {
    }

    /** 1.2.1 and 1.2.6 answer: 200 when Weichuang took it. */
    public record Result(Integer result) {
    }

    /** 1.2.2 request; a blank code lists every battery (the seed has no user filter). */
    public record BatteryQuery(String batteryCode) {
    }

    /** 1.2.2 answer. */
    public record BatteryList(List<BatteryInfo> batteryList) {
    }

    public record BatteryInfo(String batteryCode, String merchantId, String merchantName, String userId,
            String userName, String userPhone, Integer state, String model, String cover) {
    }

    /** 1.2.3-1.2.5 request. */
    public record PhoneQuery(String phoneNo) {
    }

    /** 1.2.3 answer; the amount is the seed's String, in yuan. */
    public record UserDeposit(String depositType, String depositTime, String depositAmount) {
    }

    /** 1.2.4 answer. */
    public record UserPackage(String packageName, String packageType, String packageCreateTime,
            String packageEffectiveContent) {
    }

    /** 1.2.5 answer (2.2.14's fields) and Weichuang's user id when it sends one. */
    public record UserInfo(String merchantId, String userName, String phoneNo, String idCardStateStr, String inviter,
            String shareCode, String sex, String birthday, String createDate, String userId) {
    }

    /** 1.2.6 request (the seed gives no fields). */
    public record MigrationDone(String phoneNo, String userId) {
    }

    /** 1.2.7 request: {@code refundNo} is ours and makes the call idempotent; the amount is yuan. */
    public record DepositRefund(String refundNo, String phoneNo, String refundAmount) {
    }

    /** 1.2.7 answer. */
    public record RefundReceipt(String refundNo, String phoneNo, String refundAmount, String refundState,
            String refundTime) {
    }
}
