package com.northstar.parking.user;

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
@Tag(name = "parking users", description = "seed 001 用户信息接口, 增加车牌号, 删除车牌号")
class UserController {

    private final ParkingUsers users;

    UserController(ParkingUsers users) {
        this.users = users;
    }

    @PostMapping("/api/parking/users/query")
    @Operation(operationId = "parkingUserQuery", summary = "A user and cards by plate and name, with an SMS code",
            description = "carNum, name, pmParkId, phone and phoneCode required (400, before the code); phoneCode is "
                    + "the latest code sent to phone, usable once. 404 when no user of that name has the plate in "
                    + "the park. isOverDuplicate \"0\" overwrites the stored duplicateCode, \"1\" keeps it.")
    @CallersAllowed(Role.APP)
    UserQueryAnswer query(@RequestBody UserQueryRequest request) {
        return users.query(request);
    }

    @PostMapping("/api/parking/users/by-card")
    @Operation(operationId = "parkingUserByCard", summary = "A user and cards by card id, with canRePay",
            description = "canRePay \"0\" when the card has no open order (it may be renewed), \"1\" otherwise.")
    @CallersAllowed({ Role.APP, Role.PARK })
    UserByCardAnswer byCard(@RequestBody ByCardRequest request) {
        return users.byCard(request);
    }

    @PostMapping("/api/parking/users/update")
    @Operation(operationId = "parkingUserUpdate", summary = "Change a user's name and phone",
            description = "No SMS code. A malformed phone is 400, an unknown user 404.")
    @CallersAllowed({ Role.APP, Role.PARK })
    ParkingResponse<Object> update(@RequestBody UserUpdateRequest request) {
        users.update(request);
        return ParkingResponse.ok("操作成功", null);
    }

    @PostMapping("/api/parking/cars/add")
    @Operation(operationId = "parkingCarAdd", summary = "Add plates (comma-separated) to a user",
            description = "Plates get channel 9; one the user has is not added twice; one malformed plate adds none.")
    @CallersAllowed({ Role.APP, Role.PARK })
    ParkingResponse<Object> addCars(@RequestBody CarsRequest request) {
        users.addCars(request);
        return ParkingResponse.ok("提交成功", null);
    }

    @PostMapping("/api/parking/cars/delete")
    @Operation(operationId = "parkingCarDelete", summary = "Delete plates (comma-separated) of a user",
            description = "All or none: 404 for a plate the user lacks, 409 for one whose channel is not 9.")
    @CallersAllowed({ Role.APP, Role.PARK })
    ParkingResponse<Object> deleteCars(@RequestBody CarsRequest request) {
        users.deleteCars(request);
        return ParkingResponse.ok("提交成功", null);
    }
}
