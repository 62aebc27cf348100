package com.northstar.parking.order;

record WxPayRequest(String omPrOrderId, String openId) {
}
