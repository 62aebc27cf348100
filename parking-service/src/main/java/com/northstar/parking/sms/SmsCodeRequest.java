package com.northstar.parking.sms;

/** parkingSmsCode's body: {@code {"phone"}}. */
record SmsCodeRequest(String phone) {
}
