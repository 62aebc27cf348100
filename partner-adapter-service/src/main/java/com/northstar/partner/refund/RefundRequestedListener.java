package com.northstar.partner.refund;

import com.northstar.partner.call.CallOperation;
import com.northstar.partner.call.PartnerCalls;
import com.northstar.partner.weichuang.WeichuangWire.DepositRefund;
import com.northstar.platform.service.outbox.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * deposit-service's {@code deposit.refund-requested} for a deposit paid at Weichuang (depositSource
 * WEICHUANG_MIGRATION) becomes one {@code wcDepositRefund} call per refundNo; deposits paid to us (REVIEW_TERMS)
 * are not Weichuang's business.
 */
@Component
class RefundRequestedListener {

    static final String TOPIC = "deposit.refund-requested";
    static final String CONSUMER = "partner-adapter.deposit-refund";
    static final String PAID_AT_WEICHUANG = "WEICHUANG_MIGRATION";

    private static final Logger log = LoggerFactory.getLogger(RefundRequestedListener.class);

    private final ProcessedEvents processedEvents;
    private final PartnerCalls calls;

    RefundRequestedListener(ProcessedEvents processedEvents, PartnerCalls calls) {
        this.processedEvents = processedEvents;
        this.calls = calls;
    }

    @KafkaListener(topics = TOPIC)
    void onRefundRequested(String message) {
        processedEvents.handleOnce(CONSUMER, message, event -> {
            if (!PAID_AT_WEICHUANG.equals(event.text("depositSource"))) {
                return;
            }
            String refundNo = event.text("refundNo");
            String phoneNo = event.text("phoneNo");
            String fen = event.text("refundAmount");
            if (refundNo == null || phoneNo == null || fen == null || !fen.matches("[1-9]\\d{0,15}")) {
                log.warn("ignoring {} event {} without refundNo, phoneNo or a positive refundAmount in fen", TOPIC,
                        event.eventId());
                return;
            }
            if (calls.exists(CallOperation.DEPOSIT_REFUND, refundNo)) {
                // Another event for the same refundNo: the refund is already on its way, it is paid once.
                log.warn("refund {} already recorded; event {} adds nothing", refundNo, event.eventId());
                return;
            }
            calls.record(CallOperation.DEPOSIT_REFUND, refundNo,
                    new DepositRefund(refundNo, phoneNo, RefundAmount.yuan(Long.parseLong(fen))), event.eventId());
        });
    }
}
