package com.northstar.deposit.deposit;

import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.messaging.UnreadableEventException;
import com.northstar.platform.service.outbox.ProcessedEvents;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records the deposit a migrated member paid, from member-service's {@code member.migration-completed}: once per
 * event id ({@link ProcessedEvents}) and once per phone (the unique phone index), so a redelivered or repeated
 * event records nothing more. An event without a deposit records nothing.
 */
@Component
class MigrationCompletedListener {

    static final String TOPIC = "member.migration-completed";
    static final String CONSUMER = "deposit.migration-deposit";

    private static final Logger log = LoggerFactory.getLogger(MigrationCompletedListener.class);

    private final ProcessedEvents processedEvents;
    private final DepositMapper deposits;
    private final JsonMapper json;
    private final Clock clock;

    MigrationCompletedListener(ProcessedEvents processedEvents, DepositMapper deposits, JsonMapper json, Clock clock) {
        this.processedEvents = processedEvents;
        this.deposits = deposits;
        this.json = json;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    @KafkaListener(topics = TOPIC)
    void onMigrationCompleted(String message) {
        processedEvents.handleOnce(CONSUMER, message, event -> {
            MigrationCompleted migration;
            try {
                migration = json.treeToValue(event.data(), MigrationCompleted.class);
            } catch (JacksonException unreadable) {
                // No retry can change it: to the dead-letter topic at once, for an operator.
                throw new UnreadableEventException(TOPIC + " event " + event.eventId() + " has unreadable data",
                        unreadable);
            }
            if (migration.deposit() == null) {
                return;
            }
            if (!migration.carriesDeposit()) {
                // Retrying cannot fix the payload; the event stays recorded as seen.
                log.warn("ignoring {} event {}: its deposit lacks a member, merchant, positive amount or source",
                        TOPIC, event.eventId());
                return;
            }
            try {
                deposits.insert(Deposit.recorded(migration, LocalDateTime.now(clock)));
            } catch (DuplicateKeyException alreadyRecorded) {
                log.info("deposit of the member of {} event {} was already recorded", TOPIC, event.eventId());
            }
        });
    }
}
