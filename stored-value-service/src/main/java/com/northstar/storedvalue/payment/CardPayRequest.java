package com.northstar.storedvalue.payment;

import java.math.BigDecimal;

/** #23/#24 body: the seed's {@code cardCode, mac, money, code, userId, id}; {@code code} is the order number. */
record CardPayRequest(String cardCode, String mac, BigDecimal money, String code, Long userId, Long id) {
}
