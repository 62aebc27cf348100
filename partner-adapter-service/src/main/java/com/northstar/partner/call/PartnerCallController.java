package com.northstar.partner.call;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.KOP)
@RequestMapping("/api/partner/calls")
@Tag(name = "partner calls", description = "The calls to Weichuang that change something there, for operations")
class PartnerCallController {

    private final PartnerCallOperations operations;

    PartnerCallController(PartnerCallOperations operations) {
        this.operations = operations;
    }

    @PostMapping("/query")
    @Operation(operationId = "partnerCallQuery", summary = "Parked, pending and recent calls with their last attempts",
            description = "Filters: operation, state, key (batteryCode / phoneNo / refundNo), createdFrom (inclusive) "
                    + "and createdTo (exclusive); newest first, paged with pageNo/pageSize.")
    @CallersAllowed(Role.OPS)
    KopResponse<KopPage<PartnerCallView>> query(@Valid @RequestBody(required = false) PartnerCallQueryRequest request) {
        return KopResponse.ok(operations.query(PartnerCallQuery.of(
                request == null ? PartnerCallQueryRequest.EVERYTHING : request)));
    }

    @PostMapping("/retry")
    @Operation(operationId = "partnerCallRetry", summary = "Make a parked or pending call due now",
            description = "404 for an unknown id; 409 for a DELIVERED or FAILED call.")
    @CallersAllowed(Role.OPS)
    KopResponse<PartnerCallView> retry(@Valid @RequestBody PartnerCallRetryRequest request) {
        return KopResponse.ok(operations.retry(request.id()));
    }
}
