package com.northstar.storedvalue.support;

/** The seed's {@code data: {paymentType, timestamp}} (#25-#28): how money moved and the server's stamp for it. */
public record PaymentStamp(Integer paymentType, String timestamp) {
}
