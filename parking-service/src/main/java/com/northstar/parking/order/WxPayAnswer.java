package com.northstar.parking.order;

import com.northstar.parking.payment.JsapiParameters;

/**
 * 微信购买车位支付接口's own answer (not the {@code resultData} envelope): {@code returnCode} "T", {@code isSuccess}
 * "true", and the payment in {@code prOrderPayRes}.
 */
record WxPayAnswer(String timestamp, String returnCode, String msg, String returnMsg, String isSuccess,
        PrOrderPayRes prOrderPayRes) {

    /** {@code period}: seconds the payment may take, the order's timeout. */
    record PrOrderPayRes(JsapiParameters secuParam, String prPayId, int period, PayState payState) {
    }

    static WxPayAnswer started(JsapiParameters secuParam, String paymentId) {
        return new WxPayAnswer(Long.toString(System.currentTimeMillis()), "T", "支付成功", "OK", "true",
                new PrOrderPayRes(secuParam, paymentId, (int) Order.PAYMENT_PERIOD.toSeconds(), PayState.CREATE));
    }
}
