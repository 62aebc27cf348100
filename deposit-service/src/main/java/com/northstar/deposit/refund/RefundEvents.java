package com.northstar.deposit.refund;

import com.northstar.deposit.deposit.Deposit;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.outbox.Outbox;
import org.springframework.stereotype.Component;

/** The events of a refund, through the outbox in the caller's transaction, keyed by refundNo. */
@Component
class RefundEvents {

    private final Outbox outbox;

    RefundEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The merchant confirmed: the deposit's whole amount is to be paid back. */
    void requested(RefundApplication application, Deposit deposit) {
        outbox.record(DepositRefundRequestedEvent.TOPIC, application.getRefundNo(), DepositRefundRequestedEvent.TYPE,
                new DepositRefundRequestedEvent(application.getRefundNo(), application.getPhoneNo(),
                        application.getUserId(), application.getRefundAmount(), deposit.getSource().name(),
                        application.getMerchantCode()));
    }

    /** The confirmation was the payout (the merchant handed the deposit back): completed, SUCCESS. */
    void paidOnConfirmation(RefundApplication application) {
        outbox.record(DepositRefundCompletedEvent.TOPIC, application.getRefundNo(), DepositRefundCompletedEvent.TYPE,
                new DepositRefundCompletedEvent(application.getRefundNo(), application.getPhoneNo(),
                        application.getRefundAmount(), DepositRefundCompletedEvent.SUCCESS, null,
                        WireDates.format(application.getCompletedAt())));
    }
}
