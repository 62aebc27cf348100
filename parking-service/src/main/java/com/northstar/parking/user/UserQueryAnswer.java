package com.northstar.parking.user;

import com.northstar.platform.core.envelope.ParkingResponse;

/** parkingUserQuery's envelope: seed 001's with {@code isOverDuplicate} beside {@code resultData}, as the seed shows. */
record UserQueryAnswer(String timestamp, String msg, String isSuccess, String isOverDuplicate, UserView resultData) {

    static UserQueryAnswer of(String isOverDuplicate, UserView user) {
        ParkingResponse<UserView> envelope = ParkingResponse.ok("查询成功", user);
        return new UserQueryAnswer(envelope.timestamp(), envelope.msg(), envelope.isSuccess(), isOverDuplicate,
                envelope.resultData());
    }
}
