package com.northstar.storedvalue.payment;

import java.math.BigDecimal;

/** #21/#22/#23/#24 {@code data}: what a till needs to price and pay an order with the card. */
record PayInfo(String cardCode, BigDecimal balance, BigDecimal discount, boolean canMemberPrice) {
}
