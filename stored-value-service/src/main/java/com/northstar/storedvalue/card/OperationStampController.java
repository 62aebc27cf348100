package com.northstar.storedvalue.card;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.envelope.StoredValueResponse;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import com.northstar.storedvalue.support.CardStamps;
import com.northstar.storedvalue.support.PaymentStamp;
import com.northstar.storedvalue.support.PaymentType;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** #28: the stamp a till takes before it reads a card and sends a command with it as {@code timestamp}. */
@RestController
@SeedApi(Seed.STORED_VALUE)
class OperationStampController {

    private final CardStamps stamps;

    OperationStampController(CardStamps stamps) {
        this.stamps = stamps;
    }

    @GetMapping("/api/stored-value/operation-stamp")
    @Operation(operationId = "svOperationStamp", summary = "#28 a fresh server timestamp for a new card operation")
    @CallersAllowed(Role.POS)
    StoredValueResponse<PaymentStamp> stamp() {
        return StoredValueResponse.ok(new PaymentStamp(PaymentType.CARD.code(), stamps.now()));
    }
}
