package com.northstar.platform.service.outbox;

import com.northstar.platform.core.event.EventEnvelope;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.tracing.TraceContexts;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an event into the {@code outbox_event} table inside the caller's business transaction, so that the change
 * and its event commit or roll back together. {@link OutboxRelay} publishes it to Kafka after the commit, with the
 * trace context of the span that recorded it.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final OutboxRelay relay;
    private final TraceContexts traces;

    public Outbox(JdbcClient jdbc, JsonMapper json, Clock clock, OutboxRelay relay, TraceContexts traces) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.relay = relay;
        this.traces = traces;
    }

    /**
     * Records an event to publish once the surrounding transaction commits.
     *
     * @param topic     the Kafka topic, e.g. {@code swap.order-completed}
     * @param key       the message key; events with one key reach consumers in the order they were recorded
     * @param eventType the past-tense name of what happened, e.g. {@code SwapOrderCompleted}
     * @param data      the payload, serialised as JSON; a {@link EventEnvelope.VersionedPayload} gives the envelope
     *                  its {@code schemaVersion}
     * @return the event id consumers dedupe on
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String record(String topic, String key, String eventType, Object data) {
        String eventId = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now(clock.withZone(WireDates.ZONE));
        EventEnvelope envelope = new EventEnvelope(eventId, eventType, clock.instant().toString(),
                EventEnvelope.schemaVersionOf(data), json.valueToTree(data));
        jdbc.sql("""
                INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload, created_at, attempts,
                    trace_parent)
                VALUES (?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(eventId, topic, key, eventType, json.writeValueAsString(envelope), now,
                        traces.currentTraceparent())
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return eventId;
    }
}
