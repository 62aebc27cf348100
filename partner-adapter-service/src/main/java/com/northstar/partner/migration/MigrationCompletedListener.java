package com.northstar.partner.migration;

import com.northstar.partner.call.CallOperation;
import com.northstar.partner.call.PartnerCalls;
import com.northstar.partner.weichuang.WeichuangWire.MigrationDone;
import com.northstar.platform.service.outbox.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** member-service's {@code member.migration-completed} becomes a {@code wcMigrationDone} call, once per event id. */
@Component
class MigrationCompletedListener {

    static final String TOPIC = "member.migration-completed";
    static final String CONSUMER = "partner-adapter.migration-done";

    private static final Logger log = LoggerFactory.getLogger(MigrationCompletedListener.class);

    private final ProcessedEvents processedEvents;
    private final PartnerCalls calls;

    MigrationCompletedListener(ProcessedEvents processedEvents, PartnerCalls calls) {
        this.processedEvents = processedEvents;
        this.calls = calls;
    }

    @KafkaListener(topics = TOPIC)
    void onMigrationCompleted(String message) {
        processedEvents.handleOnce(CONSUMER, message, event -> {
            String phoneNo = event.text("phoneNo");
            if (phoneNo == null) {
                log.warn("ignoring {} event {} without phoneNo", TOPIC, event.eventId());
                return;
            }
            calls.record(CallOperation.MIGRATION_DONE, phoneNo,
                    new MigrationDone(phoneNo, event.text("userId")), event.eventId());
        });
    }
}
