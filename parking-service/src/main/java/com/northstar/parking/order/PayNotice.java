package com.northstar.parking.order;

/** The payment provider's result of an order ({@code outTradeNo}); {@code totalFee} in fen. */
record PayNotice(String outTradeNo, String transactionId, Long totalFee, String tradeState) {

    static final String SUCCESS = "SUCCESS";
    static final String FAIL = "FAIL";
}
