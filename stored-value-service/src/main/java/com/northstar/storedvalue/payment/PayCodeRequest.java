package com.northstar.storedvalue.payment;

/** #39 body: {@code code} is the card number, {@code mac} its secret. */
record PayCodeRequest(String code, String mac, Long id) {
}
