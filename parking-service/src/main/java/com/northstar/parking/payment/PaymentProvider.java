package com.northstar.parking.payment;

/**
 * The WeChat Pay side of an order: a JSAPI prepayment and the parameters the app's page hands to
 * {@code WeixinJSBridge}. Its result arrives later as a signed notification ({@code parkingPayNotify}). Local runs
 * and tests use {@link LocalPaymentSimulator}, which never notifies on its own.
 */
public interface PaymentProvider {

    /** Starts a payment of {@code totalFee} fen for the order {@code outTradeNo}; answers the prepay id. */
    String prepay(String outTradeNo, long totalFee, String openId, String description);

    /** The JSAPI parameters of a prepayment. */
    JsapiParameters jsapiParameters(String prepayId);
}
