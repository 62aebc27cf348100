package com.northstar.storedvalue.refund;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.envelope.StoredValueResponse;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import com.northstar.storedvalue.support.CardStamps;
import com.northstar.storedvalue.support.PaymentStamp;
import com.northstar.storedvalue.tenancy.Till;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.STORED_VALUE)
class RefundController {

    private final Refunds refunds;
    private final CardStamps stamps;

    RefundController(Refunds refunds, CardStamps stamps) {
        this.refunds = refunds;
        this.stamps = stamps;
    }

    @GetMapping("/api/stored-value/recharges/refund-draft")
    @Operation(operationId = "svRechargeRefundDraft", summary = "#17 the latest refundable recharge of a card, prefilled")
    @CallersAllowed(Role.POS)
    RechargeRefundDraft rechargeRefundDraft(@RequestParam(required = false) String cardCode) {
        return refunds.rechargeRefundDraft(cardCode);
    }

    @GetMapping("/api/stored-value/balance-refunds/draft")
    @Operation(operationId = "svBalanceRefundDraft", summary = "#18 a stored-value refund prefilled with the original payment split")
    @CallersAllowed(Role.POS)
    BalanceRefundDraft balanceRefundDraft(@RequestParam(required = false) String cardCode) {
        return refunds.balanceRefundDraft(cardCode);
    }

    @PostMapping("/api/stored-value/balance-refunds/check")
    @Operation(operationId = "svBalanceRefundCheck", summary = "#27 dry run of #32: what would be refunded how, nothing changes")
    @CallersAllowed(Role.POS)
    StoredValueResponse<PaymentStamp> checkBalanceRefund(@RequestBody BalanceRefundRequest request) {
        return StoredValueResponse.ok(new PaymentStamp(refunds.checkBalanceRefund(request), stamps.now()));
    }

    @PostMapping("/api/stored-value/recharges/refund")
    @Operation(operationId = "svRechargeRefund", summary = "#31 refund one recharge (rechargeCode) and its bonus")
    @CallersAllowed(Role.POS)
    StoredValueResponse<Void> refundRecharge(@RequestBody RechargeRefundRequest request, Till till) {
        refunds.refundRecharge(request, till);
        return StoredValueResponse.done();
    }

    @PostMapping("/api/stored-value/balance-refunds")
    @Operation(operationId = "svBalanceRefund", summary = "#32 refund stored value back along the original payment split")
    @CallersAllowed(Role.POS)
    StoredValueResponse<Void> refundBalance(@RequestBody BalanceRefundRequest request, Till till) {
        refunds.refundBalance(request, till);
        return StoredValueResponse.done();
    }

    @PostMapping("/api/stored-value/cards/return")
    @Operation(operationId = "svCardReturn", summary = "#30 return a card: actual balance refunded by paymentType, bonus forfeited")
    @CallersAllowed(Role.POS)
    StoredValueResponse<Void> returnCard(@RequestBody CardReturnRequest request, Till till) {
        refunds.returnCard(request, till);
        return StoredValueResponse.done();
    }
}
