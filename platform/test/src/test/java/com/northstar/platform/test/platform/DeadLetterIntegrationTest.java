package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.northstar.platform.service.messaging.MessagingProperties;
import com.northstar.platform.service.messaging.UnreadableEventException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Where a message that cannot be handled ends up, and how long it holds up its partition. */
class DeadLetterIntegrationTest extends PlatformIntegrationTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    PoisonMessageListener failingHandler;
    @Autowired
    EnvelopeListener envelopes;
    @Autowired
    MessagingProperties messaging;

    @BeforeEach
    void listenersAssigned() {
        listeners.getListenerContainers().forEach(container -> ContainerTestUtils.waitForAssignment(container, 1));
    }

    @Test
    void aMessageWhoseHandlerKeepsFailingIsRetriedWithBackoffThenParkedOnTheDeadLetterTopic() throws Exception {
        String message = "failing-" + UUID.randomUUID();
        try (Consumer<String, String> deadLetters = consumerOf(PoisonMessageListener.TOPIC + "-dlt")) {
            long sent = System.nanoTime();
            kafka.send(PoisonMessageListener.TOPIC, "k", message).get();

            ConsumerRecord<String, String> parked = KafkaTestUtils.getSingleRecord(deadLetters,
                    PoisonMessageListener.TOPIC + "-dlt", Duration.ofSeconds(60));

            assertThat(parked.value()).isEqualTo(message);
            assertThat(parked.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
            assertThat(failingHandler.attempts.get(message)).as("the first try and every retry")
                    .isEqualTo(1 + messaging.maxRetries());
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("retried with backoff before parking")
                    .isGreaterThanOrEqualTo(messaging.retryBudget());
        }
    }

    @Test
    void aMessageThatIsNoEventGoesToTheDeadLetterTopicUntriedAndTheNextOneOnItsPartitionIsHandledAtOnce()
            throws Exception {
        String poison = "{not an event " + UUID.randomUUID();
        String nextEventId = "e-" + UUID.randomUUID();
        String next = """
                {"eventId":"%s","eventType":"X","occurredAt":"2026-11-22T00:00:00Z","schemaVersion":1,"data":{}}"""
                .formatted(nextEventId);
        try (Consumer<String, String> deadLetters = consumerOf(EnvelopeListener.TOPIC + "-dlt")) {
            long sent = System.nanoTime();
            kafka.send(EnvelopeListener.TOPIC, "same-key", poison).get();
            kafka.send(EnvelopeListener.TOPIC, "same-key", next).get();

            await().atMost(Duration.ofSeconds(30)).until(() -> envelopes.handledEventIds.contains(nextEventId));
            Duration heldUp = Duration.ofNanos(System.nanoTime() - sent);
            ConsumerRecord<String, String> parked = KafkaTestUtils.getSingleRecord(deadLetters,
                    EnvelopeListener.TOPIC + "-dlt", Duration.ofSeconds(30));

            assertThat(parked.value()).isEqualTo(poison);
            assertThat(new String(parked.headers().lastHeader("kafka_dlt-exception-cause-fqcn").value(),
                    StandardCharsets.UTF_8)).isEqualTo(UnreadableEventException.class.getName());
            assertThat(envelopes.deliveries.get(poison)).as("not retried").isEqualTo(1);
            assertThat(heldUp).as("the partition waited %s, not the retry budget of %s", heldUp,
                    messaging.retryBudget()).isLessThan(messaging.retryBudget().dividedBy(2));
        }
    }
}
