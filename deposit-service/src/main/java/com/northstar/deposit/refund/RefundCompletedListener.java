package com.northstar.deposit.refund;

import com.northstar.platform.service.messaging.UnreadableEventException;
import com.northstar.platform.service.outbox.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Ends refund applications as {@code deposit.refund-completed} tells, once per event id. */
@Component
class RefundCompletedListener {

    static final String CONSUMER = "deposit.refund-outcome";

    private static final Logger log = LoggerFactory.getLogger(RefundCompletedListener.class);

    private final ProcessedEvents processedEvents;
    private final RefundService refunds;
    private final JsonMapper json;

    RefundCompletedListener(ProcessedEvents processedEvents, RefundService refunds, JsonMapper json) {
        this.processedEvents = processedEvents;
        this.refunds = refunds;
        this.json = json;
    }

    @KafkaListener(topics = DepositRefundCompletedEvent.TOPIC)
    void onRefundCompleted(String message) {
        processedEvents.handleOnce(CONSUMER, message, event -> {
            RefundCompleted completed;
            try {
                completed = json.treeToValue(event.data(), RefundCompleted.class);
            } catch (JacksonException unreadable) {
                // No retry can change it: to the dead-letter topic at once, for an operator.
                throw new UnreadableEventException(DepositRefundCompletedEvent.TOPIC + " event " + event.eventId() + " has unreadable data",
                        unreadable);
            }
            if (!completed.isReadable()) {
                // Retrying cannot fix the payload; the event stays recorded as seen.
                log.warn("ignoring {} event {} without refundNo or with a state other than SUCCESS/FAILED",
                        DepositRefundCompletedEvent.TOPIC, event.eventId());
                return;
            }
            refunds.complete(completed);
        });
    }
}
