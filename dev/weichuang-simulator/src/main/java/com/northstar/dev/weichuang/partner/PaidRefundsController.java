package com.northstar.dev.weichuang.partner;

import com.northstar.platform.core.envelope.KopResponse;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For tests: the deposits Weichuang has paid back, so a test counts payouts whatever the caller was answered. */
@RestController
class PaidRefundsController {

    /** One payout; a refund number asked again returns its first receipt and pays nothing. */
    record PaidRefund(String refundNo, String phoneNo, String refundAmount, String refundTime) {
    }

    private final WeichuangAccounts accounts;

    PaidRefundsController(WeichuangAccounts accounts) {
        this.accounts = accounts;
    }

    /** Oldest first; {@code POST /wc/_control/reset} clears them. */
    @GetMapping("/wc/_control/refunds")
    KopResponse<List<PaidRefund>> refunds() {
        return KopResponse.ok(accounts.refundsPaid().stream()
                .map(receipt -> new PaidRefund(receipt.refundNo(), receipt.phoneNo(), receipt.refundAmount(),
                        receipt.refundTime()))
                .toList());
    }
}
