package com.northstar.platform.test.platform;

import com.northstar.platform.service.outbox.ProcessedEvents;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A consumer as the services write them: every message goes through {@link ProcessedEvents#handleOnce}. */
@Component
class EnvelopeListener {

    static final String TOPIC = "platform-test-envelopes";

    final Map<String, Integer> deliveries = new ConcurrentHashMap<>();
    final Set<String> handledEventIds = ConcurrentHashMap.newKeySet();
    private final ProcessedEvents processedEvents;

    EnvelopeListener(ProcessedEvents processedEvents) {
        this.processedEvents = processedEvents;
    }

    @KafkaListener(topics = TOPIC, groupId = "platform-test-envelopes")
    void handle(String message) {
        deliveries.merge(message, 1, Integer::sum);
        processedEvents.handleOnce("platform-test-envelopes", message,
                event -> handledEventIds.add(event.eventId()));
    }
}
