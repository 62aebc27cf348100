package com.northstar.storedvalue.support;

import com.northstar.platform.core.error.ApiException;

/** How money was paid or is paid back: the seed's {@code paymentType} codes. */
public enum PaymentType implements SeedCode {

    CASH(1, "现金"),
    CARD(2, "会员卡"),
    WECHAT(3, "微信"),
    ALIPAY(4, "支付宝"),
    DISCOUNT(5, "优惠"),
    WECHAT_OFFLINE(6, "微信线下"),
    ALIPAY_OFFLINE(7, "支付宝线下"),
    DONGFU(8, "东付"),
    OTHER(9, "其他"),
    UNIONPAY(10, "银联");

    private final int code;
    private final String label;

    PaymentType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static PaymentType of(int code) {
        return SeedCode.of(PaymentType.class, code);
    }

    /** The request's {@code field}: required, one of the seed's codes; 400 otherwise. */
    public static PaymentType required(String field, Integer code) {
        if (code == null) {
            throw ApiException.badRequest("missing required field " + field);
        }
        return SeedCode.find(PaymentType.class, code)
                .orElseThrow(() -> ApiException.badRequest("field " + field + " is not a payment type (1-10)"));
    }
}
