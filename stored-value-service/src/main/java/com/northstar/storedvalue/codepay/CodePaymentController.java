package com.northstar.storedvalue.codepay;

import com.northstar.storedvalue.support.PaymentStamp;
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

/** Outcomes are answered with their own status (701, 702, 703, 704) and always with {@code data}. */
@RestController
@SeedApi(Seed.STORED_VALUE)
class CodePaymentController {

    private final CodePayments payments;

    CodePaymentController(CodePayments payments) {
        this.payments = payments;
    }

    @PostMapping("/api/stored-value/code-payments")
    @Operation(operationId = "svCodePay", summary = "#25 charge a scanned WeChat/Alipay payment code")
    @CallersAllowed(Role.POS)
    StoredValueResponse<PaymentStamp> pay(@RequestBody CodePaymentRequest request, Till till) {
        return payments.pay(request, till);
    }

    /** {@code till} only admits a cashier of a tenant at one of its shops (403 otherwise), as for #25. */
    @PostMapping("/api/stored-value/code-payments/query")
    @Operation(operationId = "svCodePayQuery", summary = "#26 result of a code payment whose outcome was 703")
    @CallersAllowed(Role.POS)
    StoredValueResponse<PaymentStamp> query(@RequestBody CodePaymentRequest request, Till till) {
        return payments.query(request);
    }
}
