package com.northstar.parking.user;

import com.northstar.platform.core.envelope.ParkingResponse;

/** parkingUserByCard's envelope: seed 001's with {@code canRePay} ("0" may renew, "1" not) beside {@code resultData}. */
record UserByCardAnswer(String timestamp, String msg, String isSuccess, String canRePay, UserView resultData) {

    static UserByCardAnswer of(boolean mayRenew, UserView user) {
        ParkingResponse<UserView> envelope = ParkingResponse.ok("查询成功", user);
        return new UserByCardAnswer(envelope.timestamp(), envelope.msg(), envelope.isSuccess(), mayRenew ? "0" : "1",
                envelope.resultData());
    }
}
