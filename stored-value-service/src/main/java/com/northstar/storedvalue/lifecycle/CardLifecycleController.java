package com.northstar.storedvalue.lifecycle;

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
class CardLifecycleController {

    private final CardLifecycle lifecycle;

    CardLifecycleController(CardLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @PostMapping("/api/stored-value/cards/report-loss")
    @Operation(operationId = "svCardReportLoss", summary = "#33 report a card lost (603 from then on)")
    @CallersAllowed(Role.POS)
    StoredValueResponse<Void> reportLoss(@RequestBody CardLifecycleRequest request, Till till) {
        lifecycle.reportLoss(request, till);
        return StoredValueResponse.done();
    }

    @PostMapping("/api/stored-value/cards/cancel-loss")
    @Operation(operationId = "svCardCancelLoss", summary = "#34 lift the loss report (needs the mac)")
    @CallersAllowed(Role.POS)
    StoredValueResponse<Void> cancelLoss(@RequestBody CardLifecycleRequest request, Till till) {
        lifecycle.cancelLoss(request, till);
        return StoredValueResponse.done();
    }

    @PostMapping("/api/stored-value/cards/replace")
    @Operation(operationId = "svCardReplace", summary = "#35 move the member and balances from oldCardCode to a new card")
    @CallersAllowed(Role.POS)
    StoredValueResponse<Void> replace(@RequestBody CardLifecycleRequest request, Till till) {
        lifecycle.replace(request, till);
        return StoredValueResponse.done();
    }

    @PostMapping("/api/stored-value/cards/void")
    @Operation(operationId = "svCardVoid", summary = "#36 void a card (604 from then on)")
    @CallersAllowed(Role.POS)
    StoredValueResponse<Void> voidCard(@RequestBody CardLifecycleRequest request, Till till) {
        lifecycle.voidCard(request, till);
        return StoredValueResponse.done();
    }
}
