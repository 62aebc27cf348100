package com.northstar.platform.service.outbox;

import com.northstar.platform.core.event.EventEnvelope;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.messaging.UnreadableEventException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consumer side of at-least-once delivery: a handler runs once per event id and consumer, in one transaction
 * with the record that it ran, so a redelivered event changes nothing.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    public ProcessedEvents(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /**
     * Parses a message of the suite and hands it to {@code handler} unless this consumer already handled its id.
     *
     * @return whether the handler ran
     * @throws UnreadableEventException when the message is no event envelope with an id; the listener sends it to
     *                                  the dead-letter topic without retrying
     */
    public boolean handleOnce(String consumer, String message, Consumer<EventEnvelope> handler) {
        EventEnvelope event = read(message);
        Boolean ran = transactions.execute(status -> {
            try {
                jdbc.sql("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)")
                        .params(consumer, event.eventId(), LocalDateTime.now(clock)).update();
            } catch (DuplicateKeyException alreadyHandled) {
                return false;
            }
            handler.accept(event);
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    private EventEnvelope read(String message) {
        EventEnvelope event;
        try {
            event = message == null ? null : json.readValue(message, EventEnvelope.class);
        } catch (JacksonException e) {
            throw new UnreadableEventException("message is not an event envelope", e);
        }
        if (event == null || event.eventId() == null || event.eventId().isBlank()) {
            throw new UnreadableEventException("message carries no eventId", null);
        }
        return event;
    }
}
