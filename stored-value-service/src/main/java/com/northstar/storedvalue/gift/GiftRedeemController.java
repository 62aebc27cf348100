package com.northstar.storedvalue.gift;

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
class GiftRedeemController {

    private final GiftRedemptions redemptions;

    GiftRedeemController(GiftRedemptions redemptions) {
        this.redemptions = redemptions;
    }

    @PostMapping("/api/stored-value/gifts/redeem")
    @Operation(operationId = "svGiftRedeem", summary = "#37 spend points on a gift (607 not enough points, 608 not available)")
    @CallersAllowed(Role.POS)
    StoredValueResponse<Void> redeem(@RequestBody GiftRedeemRequest request, Till till) {
        redemptions.redeem(request, till);
        return StoredValueResponse.done();
    }
}
