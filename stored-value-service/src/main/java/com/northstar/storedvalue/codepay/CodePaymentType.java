package com.northstar.storedvalue.codepay;

import com.northstar.platform.core.error.ApiException;

/** The seed's {@code paymentType} of a scanned payment code, told by its first two digits. */
enum CodePaymentType {

    WECHAT(3, 10, 15),
    ALIPAY(4, 25, 30);

    private final int code;
    private final int firstPrefix;
    private final int lastPrefix;

    CodePaymentType(int code, int firstPrefix, int lastPrefix) {
        this.code = code;
        this.firstPrefix = firstPrefix;
        this.lastPrefix = lastPrefix;
    }

    int code() {
        return code;
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
