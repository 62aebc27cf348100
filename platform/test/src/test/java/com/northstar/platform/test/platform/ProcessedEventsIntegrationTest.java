package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.platform.service.messaging.UnreadableEventException;
import com.northstar.platform.service.outbox.ProcessedEvents;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProcessedEventsIntegrationTest extends PlatformIntegrationTest {

    @Autowired
    ProcessedEvents processedEvents;

    @Test
    void aRedeliveredEventRunsItsHandlerOnce() {
        String message = """
                {"eventId":"e-%s","eventType":"SwapOrderCompleted","occurredAt":"2026-11-22T00:00:00Z",
                 "schemaVersion":1,"data":{"orderId":7}}""".formatted(System.nanoTime());
        AtomicInteger runs = new AtomicInteger();

        boolean first = processedEvents.handleOnce("member-swap-counter", message, event -> runs.incrementAndGet());
        boolean second = processedEvents.handleOnce("member-swap-counter", message, event -> runs.incrementAndGet());

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void eachConsumerHandlesTheSameEventOnce() {
        String message = """
                {"eventId":"e-%s","eventType":"X","occurredAt":"2026-11-22T00:00:00Z","schemaVersion":1,"data":{}}"""
                .formatted(System.nanoTime());

        assertThat(processedEvents.handleOnce("consumer-a", message, event -> { })).isTrue();
        assertThat(processedEvents.handleOnce("consumer-b", message, event -> { })).isTrue();
    }

    @Test
    void aFailingHandlerLeavesTheEventUnprocessedForTheRetry() {
        String message = """
                {"eventId":"e-%s","eventType":"X","occurredAt":"2026-11-22T00:00:00Z","schemaVersion":1,"data":{}}"""
                .formatted(System.nanoTime());

        try {
            processedEvents.handleOnce("flaky", message, event -> {
                throw new IllegalStateException("downstream down");
            });
        } catch (IllegalStateException expected) {
            // the listener container would redeliver
        }

        assertThat(processedEvents.handleOnce("flaky", message, event -> { })).isTrue();
    }

    @Test
    void aMessageThatIsNoEventEnvelopeIsUnreadableAndRunsNoHandler() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> processedEvents.handleOnce("c", "not json", event -> runs.incrementAndGet()))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> processedEvents.handleOnce("c", """
                {"eventType":"X","occurredAt":"2026-11-22T00:00:00Z","schemaVersion":1,"data":{}}""",
                event -> runs.incrementAndGet())).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("eventId");
        assertThat(runs).hasValue(0);
    }
}
