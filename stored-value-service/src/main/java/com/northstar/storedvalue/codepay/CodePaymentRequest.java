package com.northstar.storedvalue.codepay;

import java.math.BigDecimal;

/** #25/#26 body: the seed's {@code payCode, orderCode, money, userId, userName}. */
record CodePaymentRequest(String payCode, String orderCode, BigDecimal money, Long userId, String userName) {
}
