package com.northstar.storedvalue.payment;

/** PAID → REVERSED, once. */
enum CardPaymentStatus {
    PAID,
    REVERSED
}
