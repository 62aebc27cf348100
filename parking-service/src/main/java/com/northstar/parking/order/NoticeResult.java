package com.northstar.parking.order;

/** What a payment notification left: the order and its state. */
record NoticeResult(String omPrOrderId, String state) {
}
