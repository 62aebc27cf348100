package com.northstar.storedvalue.codepay;

/** #25/#26 {@code data}: the payment type (3 WeChat, 4 Alipay) and the epoch millisecond of the outcome. */
record CodePaymentAnswer(int paymentType, String timestamp) {
}
