package com.northstar.parking.sms;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.ParkingResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.PARKING)
@Tag(name = "parking SMS codes", description = "seed 001 获取手机验证码")
class SmsController {

    private final SmsCodes codes;

    SmsController(SmsCodes codes) {
        this.codes = codes;
    }

    @PostMapping("/api/parking/sms-codes")
    @Operation(operationId = "parkingSmsCode", summary = "Send a verification code to a phone",
            description = "One code per phone per 60 s and 10 per day (429); valid 5 minutes, usable once. The "
                    + "answer never carries the code. A malformed phone is 400.")
    @CallersAllowed(Role.APP)
    ParkingResponse<Object> send(@RequestBody SmsCodeRequest request) {
        codes.send(request.phone());
        return ParkingResponse.ok("获取手机验证码成功", null);
    }
}
