package com.northstar.storedvalue.payment;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.envelope.StoredValueResponse;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import com.northstar.storedvalue.tenancy.Till;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.STORED_VALUE)
class CardPaymentController {

    private final CardPayments payments;

    CardPaymentController(CardPayments payments) {
        this.payments = payments;
    }

    @GetMapping("/api/stored-value/cards/pay-info")
    @Operation(operationId = "svCardPayInfo", summary = "#21 balance, discount and member-price right by cardCode + mac")
    @CallersAllowed(Role.POS)
    StoredValueResponse<PayInfo> payInfo(@RequestParam(required = false) String cardCode,
            @RequestParam(required = false) String mac) {
        return StoredValueResponse.ok(payments.payInfo(cardCode, mac));
    }

    @GetMapping("/api/stored-value/cards/pay-info-by-mac")
    @Operation(operationId = "svCardPayInfoByMac", summary = "#22 the same by mac alone (a swiped card or a pay code)")
    @CallersAllowed(Role.POS)
    StoredValueResponse<PayInfo> payInfoByMac(@RequestParam(required = false) String mac) {
        return StoredValueResponse.ok(payments.payInfoByMac(mac));
    }

    @PostMapping("/api/stored-value/card-payments")
    @Operation(operationId = "svCardPay", summary = "#23 pay an order (code) from the card balance")
    @CallersAllowed(Role.POS)
    StoredValueResponse<PayInfo> pay(@RequestBody CardPayRequest request, Till till) {
        return StoredValueResponse.ok(payments.pay(request, till));
    }

    @PostMapping("/api/stored-value/card-payments/reverse")
    @Operation(operationId = "svCardPayReverse", summary = "#24 reverse that payment in full")
    @CallersAllowed(Role.POS)
    StoredValueResponse<PayInfo> reverse(@RequestBody CardPayRequest request, Till till) {
        return StoredValueResponse.ok(payments.reverse(request, till));
    }

    @PostMapping("/api/stored-value/cards/pay-code")
    @Operation(operationId = "svCardPayCode", summary = "#39 a short-lived dynamic pay code for a card")
    @CallersAllowed(Role.POS)
    StoredValueResponse<String> payCode(@RequestBody PayCodeRequest request) {
        return StoredValueResponse.ok(payments.issuePayCode(request));
    }
}
