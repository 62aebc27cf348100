package com.northstar.storedvalue.codepay;

import com.northstar.platform.core.error.ApiException;
import com.northstar.storedvalue.support.PaymentType;

/** The seed's {@code paymentType} of a scanned payment code, told by its first two digits. */
enum CodePaymentType {

    WECHAT(PaymentType.WECHAT, 10, 15),
    ALIPAY(PaymentType.ALIPAY, 25, 30);

    private final PaymentType paymentType;
    private final int firstPrefix;
    private final int lastPrefix;

    CodePaymentType(PaymentType paymentType, int firstPrefix, int lastPrefix) {
        this.paymentType = paymentType;
        this.firstPrefix = firstPrefix;
        this.lastPrefix = lastPrefix;
    }

    int code() {
        return paymentType.code();
    }

    /** The type of {@code payCode} (digits only); 400 when it is neither a WeChat nor an Alipay payment code. */
    static CodePaymentType of(String payCode) {
        int prefix = Integer.parseInt(payCode.substring(0, 2));
        for (CodePaymentType type : values()) {
            if (prefix >= type.firstPrefix && prefix <= type.lastPrefix) {
                return type;
            }
        }
        throw ApiException.badRequest("payCode is neither a WeChat (10-15) nor an Alipay (25-30) payment code");
    }
}
