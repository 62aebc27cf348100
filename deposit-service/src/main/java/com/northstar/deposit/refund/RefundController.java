package com.northstar.deposit.refund;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.KOP)
@RequestMapping("/api/deposit/refund-applications")
@Tag(name = "deposit refunds", description = "seed 000 §2.2.22-2.2.24 and the app's refund application")
class RefundController {

    private final RefundService service;

    RefundController(RefundService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(operationId = "depositRefundApply", summary = "A user applies for its deposit back",
            description = "404 without a deposit, 409 when it was refunded or an application is open; the same "
                    + "caller sending the same reason again while it is open gets the open application's id.")
    @CallersAllowed(Role.APP)
    KopResponse<AppliedRefund> apply(@Valid @RequestBody RefundApplyRequest request,
            Caller caller) {
        return KopResponse.ok(service.apply(request, caller));
    }

    @PostMapping("/query")
    @Operation(operationId = "depositRefundQuery", summary = "Refund applications, newest first (§2.2.22)",
            description = "A MERCHANT sees only applications of its merchants' members. status 0 awaiting the "
                    + "merchant, 1 refunding, 2 refunded, 3 failed.")
    @CallersAllowed({ Role.MERCHANT, Role.PARTNER })
    KopResponse<KopPage<RefundRow>> query(@Valid @RequestBody(required = false) RefundQueryRequest request,
            Caller caller) {
        RefundQueryRequest parameters = request == null ? RefundQueryRequest.FIRST_PAGE : request;
        return KopResponse.ok(service.query(RefundQuery.of(parameters, caller)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "depositRefundDetail", summary = "One application with the member's asset and the "
            + "merchant's confirmation (§2.2.23)", description = "Another merchant's application is a 404.")
    @CallersAllowed({ Role.MERCHANT, Role.PARTNER })
    KopResponse<RefundDetailView> detail(@PathVariable long id, Caller caller) {
        return KopResponse.ok(service.detail(RefundLookup.byId(id, caller)));
    }

    @PostMapping("/confirm")
    @Operation(operationId = "depositRefundConfirm", summary = "The merchant confirms the refund of a phone's "
            + "latest application (§2.2.24)", description = "Starts the payout once; confirming again changes "
                    + "nothing (success true). A failed application needs a new one (409).")
    @CallersAllowed({ Role.MERCHANT, Role.PARTNER })
    KopResponse<ConfirmResult> confirm(@Valid @RequestBody RefundConfirmRequest request,
            Caller caller) {
        ConfirmOutcome outcome = service.confirm(request, RefundLookup.latestOfPhone(request.phoneNo(), caller),
                caller);
        String message = outcome == ConfirmOutcome.ALREADY_CONFIRMED ? "the refund was already confirmed" : null;
        return new KopResponse<>(KopResponse.SUCCESS, message, new ConfirmResult(true));
    }
}
