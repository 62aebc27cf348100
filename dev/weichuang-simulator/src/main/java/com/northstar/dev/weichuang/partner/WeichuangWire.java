package com.northstar.dev.weichuang.partner;

import java.util.List;

/** Weichuang's request and answer bodies, field names exactly as seed 000 section 1 writes them. */
final class WeichuangWire {

    private WeichuangWire() {
    }

    /** 1.1.1 request. */
    record TankQuery(List<String> tankCodes) {
    }

    /** 1.1.1 answer. */
    record TankList(List<TankInfo> tankList) {
    }

    record TankInfo(String tankCode, String merchantId, String merchantName, String latitude, String longitude,
            String address, String model, Integer state, String cover, String operateMode) {
    }

    /** 1.2.1 request; {@code state} 1 bound, 0 unbound. */
    record BindingUpdate(String batteryCode, String userId, String userPhone, Integer state) {
    }

    /** 1.2.1 and 1.2.6 answer: 200 when Weichuang took it. */
    record Result(int result) {
        static final Result OK = new Result(200);
    }

    /** 1.2.2 request; no code lists every battery. */
    record BatteryQuery(String batteryCode) {
    }

    /** 1.2.2 answer. */
    record BatteryList(List<BatteryInfo> batteryList) {
    }

    record BatteryInfo(String batteryCode, String merchantId, String merchantName, String userId, String userName,
            String userPhone, Integer state, String model, String cover) {

        BatteryInfo boundTo(String newUserId, String newUserName, String newUserPhone, int newState) {
            return new BatteryInfo(batteryCode, merchantId, merchantName, newUserId, newUserName, newUserPhone,
                    newState, model, cover);
        }
    }

    /** 1.2.3-1.2.5 request. */
    record PhoneQuery(String phoneNo) {
    }

    /** 1.2.3 answer; the amount is the seed's String, in yuan. */
    record UserDeposit(String depositType, String depositTime, String depositAmount) {
    }

    /** 1.2.4 answer. */
    record UserPackage(String packageName, String packageType, String packageCreateTime,
            String packageEffectiveContent) {
    }

    /**
     * 1.2.5 answer: the seed gives no fields; these are 2.2.14's answer, plus Weichuang's {@code userId}, which the
     * member keeps from migration on.
     */
    record UserInfo(String merchantId, String userName, String phoneNo, String idCardStateStr, String inviter,
            String shareCode, String sex, String birthday, String createDate, String userId) {

        UserInfo withUserId(String id) {
            return new UserInfo(merchantId, userName, phoneNo, idCardStateStr, inviter, shareCode, sex, birthday,
                    createDate, id);
        }
    }

    /** 1.2.6 request (the seed gives no fields). */
    record MigrationDone(String phoneNo, String userId) {
    }

    /** 1.2.7 request (the seed gives no fields): {@code refundNo} is ours and makes the call idempotent. */
    record DepositRefund(String refundNo, String phoneNo, String refundAmount) {
    }

    /** 1.2.7 answer. */
    record RefundReceipt(String refundNo, String phoneNo, String refundAmount, String refundState, String refundTime) {
    }
}
