package com.northstar.storedvalue.refund;

/** #30 body: {@code paymentType} is how the actual balance is paid back. */
record CardReturnRequest(String cardCode, String mac, Integer paymentType, String remark, String timestamp,
        Long userId, Long id) {
}
