package com.northstar.partner.refund;

import com.northstar.partner.call.CallCompletion;
import com.northstar.partner.call.CallOperation;
import com.northstar.partner.call.CallResult;
import com.northstar.partner.call.CallState;
import com.northstar.partner.call.PartnerCall;
import com.northstar.partner.weichuang.WeichuangWire.DepositRefund;
import com.northstar.partner.weichuang.WeichuangWire.RefundReceipt;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.outbox.Outbox;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells deposit-service how a refund ended, through the outbox in the transaction that ends the call: DELIVERED
 * (Weichuang's receipt, or its "already processed") is SUCCESS, FAILED carries Weichuang's reason.
 */
@Component
class RefundCompletion implements CallCompletion {

    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    RefundCompletion(Outbox outbox, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    @Override
    public CallOperation operation() {
        return CallOperation.DEPOSIT_REFUND;
    }

    @Override
    public void ended(PartnerCall call, CallResult result) {
        DepositRefund request = json.readValue(call.requestJson(), DepositRefund.class);
        boolean success = result.state() == CallState.DELIVERED;
        // "Already processed" carries no receipt: the refund happened no later than now.
        String refundTime = result.data() instanceof RefundReceipt receipt && receipt.refundTime() != null
                ? receipt.refundTime() : WireDates.format(LocalDateTime.now(clock));
        outbox.record(DepositRefundCompletedEvent.TOPIC, request.refundNo(), DepositRefundCompletedEvent.TYPE,
                new DepositRefundCompletedEvent(request.refundNo(), request.phoneNo(),
                        RefundAmount.fen(request.refundAmount()),
                        success ? DepositRefundCompletedEvent.SUCCESS : DepositRefundCompletedEvent.FAILED,
                        success ? null : result.reason(), refundTime));
    }
}
