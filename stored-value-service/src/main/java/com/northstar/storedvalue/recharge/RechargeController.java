package com.northstar.storedvalue.recharge;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.envelope.StoredValueResponse;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import com.northstar.storedvalue.tenancy.Till;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.STORED_VALUE)
class RechargeController {

    private final Recharges recharges;

    RechargeController(Recharges recharges) {
        this.recharges = recharges;
    }

    @PostMapping("/api/stored-value/recharges")
    @Operation(operationId = "svRecharge", summary = "#29 recharge with a payment split (details) and bonus (giveMoney)")
    @CallersAllowed(Role.POS)
    StoredValueResponse<Void> recharge(@RequestBody RechargeRequest request, Till till) {
        recharges.recharge(request, till);
        return StoredValueResponse.done();
    }
}
