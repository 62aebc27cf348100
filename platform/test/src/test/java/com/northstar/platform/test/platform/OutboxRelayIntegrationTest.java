package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.platform.service.outbox.Outbox;
import com.northstar.platform.service.outbox.OutboxRelay;
import com.northstar.platform.test.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OutboxRelayIntegrationTest extends PlatformIntegrationTest {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private String topic;
    private Consumer<String, String> consumer;

    @BeforeEach
    void freshTopicAndConsumer() {
        jdbc.sql("DELETE FROM outbox_event").update();
        topic = "platform-test-" + UUID.randomUUID();
        SharedKafkaBroker.broker().addTopics(topic);
        Map<String, Object> props = KafkaTestUtils.consumerProps(SharedKafkaBroker.bootstrapServers(),
                "outbox-test-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer())
                .createConsumer();
        consumer.subscribe(List.of(topic));
    }

    @AfterEach
    void closeConsumer() {
        consumer.close();
    }

    @Test
    void aCommittedEventReachesKafkaAsAnEnvelopeWithItsIdAndType() {
        String eventId = transactions.execute(status -> outbox.record(topic, "42", "SomethingHappened",
                Map.of("orderId", 42)));

        assertThat(relay.relayOnce()).isEqualTo(1);

        ConsumerRecord<String, String> record = KafkaTestUtils.getSingleRecord(consumer, topic, Duration.ofSeconds(20));
        assertThat(record.key()).isEqualTo("42");
        JsonNode envelope = json.readTree(record.value());
        assertThat(envelope.get("eventId").asString()).isEqualTo(eventId);
        assertThat(envelope.get("eventType").asString()).isEqualTo("SomethingHappened");
        assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(envelope.get("occurredAt").asString()).isNotBlank();
        assertThat(envelope.get("data").get("orderId").asInt()).isEqualTo(42);
        assertThat(new String(record.headers().lastHeader("eventId").value(), StandardCharsets.UTF_8))
                .isEqualTo(eventId);
        assertThat(unpublished()).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNoEvent() {
        transactions.execute(status -> {
            outbox.record(topic, "1", "SomethingHappened", Map.of());
            status.setRollbackOnly();
            return null;
        });

        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Long.class).single()).isZero();
    }

    @Test
    void eventsOfOneKeyArriveInTheOrderTheyWereRecorded() {
        for (int i = 0; i < 20; i++) {
            int sequence = i;
            transactions.execute(status -> outbox.record(topic, "battery-" + (sequence % 2), "Changed",
                    Map.of("sequence", sequence)));
        }

        assertThat(relay.relayOnce()).isEqualTo(20);

        List<Integer> key0 = new ArrayList<>();
        List<Integer> key1 = new ArrayList<>();
        for (ConsumerRecord<String, String> record : KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(20), 20)) {
            int sequence = json.readTree(record.value()).get("data").get("sequence").asInt();
            (record.key().equals("battery-0") ? key0 : key1).add(sequence);
        }
        assertThat(key0).containsExactly(0, 2, 4, 6, 8, 10, 12, 14, 16, 18);
        assertThat(key1).containsExactly(1, 3, 5, 7, 9, 11, 13, 15, 17, 19);
    }

    @Test
    void aFailedEventIsRetriedLaterAndHoldsBackLaterEventsOfItsKeyOnly() {
        // Larger than the producer's max.request.size: the broker never acknowledges it.
        String tooLarge = "x".repeat(2 * 1024 * 1024);
        transactions.execute(status -> outbox.record(topic, "A", "Changed", Map.of("blob", tooLarge)));
        transactions.execute(status -> outbox.record(topic, "A", "Changed", Map.of("sequence", 2)));
        transactions.execute(status -> outbox.record(topic, "B", "Changed", Map.of("sequence", 3)));

        assertThat(relay.relayOnce()).isEqualTo(1);

        ConsumerRecord<String, String> onlyB = KafkaTestUtils.getSingleRecord(consumer, topic, Duration.ofSeconds(20));
        assertThat(onlyB.key()).isEqualTo("B");
        List<Map<String, Object>> pending = jdbc.sql("""
                SELECT message_key, attempts, last_error, next_attempt_at FROM outbox_event
                WHERE published_at IS NULL ORDER BY id""").query().listOfRows();
        assertThat(pending).hasSize(2);
        assertThat(pending.get(0).get("attempts")).isEqualTo(1);
        assertThat((String) pending.get(0).get("last_error")).contains("RecordTooLarge");
        assertThat(pending.get(0).get("next_attempt_at")).isNotNull();
        assertThat(pending.get(1).get("attempts")).isEqualTo(0);

        assertThat(relay.relayOnce()).as("A is backing off, so its later event waits too").isZero();
    }

    private long unpublished() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL").query(Long.class).single();
    }
}
