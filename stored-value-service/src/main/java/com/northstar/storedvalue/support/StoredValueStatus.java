package com.northstar.storedvalue.support;

/**
 * The seed's {@code status} codes (every command block lists them) with the message a till shows. A business
 * refusal is answered with HTTP 200 and its code; only 500 is an HTTP 500.
 */
public enum StoredValueStatus {

    INTERNAL_ERROR(500, "内部错误"),
    CARD_UNUSABLE(601, "卡不可用"),
    CARD_NOT_FOUND(602, "卡不存在"),
    CARD_LOST(603, "卡挂失"),
    CARD_VOIDED(604, "卡作废"),
    INSUFFICIENT_BALANCE(605, "卡余额不足"),
    PAY_CODE_EXPIRED(606, "卡付款码超时"),
    INSUFFICIENT_POINTS(607, "积分不足"),
    GIFT_UNAVAILABLE(608, "礼品不可用"),
    PAID(701, "支付成功"),
    PAYMENT_NOT_CONFIRMED(702, "支付确认失败"),
    PAYMENT_UNKNOWN(703, "支付状态未知"),
    PAYMENT_CODE_EXPIRED(704, "付款码超时"),
    DUPLICATE_SERIAL(801, "流水号重复"),
    NOT_SETTLED(901, "未日结"),
    SETTLING(902, "日结进行中"),
    SETTLEMENT_INTERRUPTED(903, "日结中断"),
    SETTLED(904, "日结完成"),
    SETTLED_AMOUNTS_CHANGED(905, "日结金额发生变化"),
    NOT_PURCHASABLE(1001, "无法购买"),
    SOLD_OUT(1002, "已售罄"),
    PAYMENT_TIMED_OUT(1003, "支付超时");

    private final int code;
    private final String text;

    StoredValueStatus(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    public String text() {
        return text;
    }

    /** The refusal with this code, its seed text and why. */
    public StoredValueRefusal refuse(String why) {
        return new StoredValueRefusal(this, why);
    }
}
