package com.northstar.parking.sms;

/** Delivers a verification code by SMS. Local runs and tests use {@link LocalSmsSimulator}. */
public interface SmsSender {

    void send(String phone, String code);
}
