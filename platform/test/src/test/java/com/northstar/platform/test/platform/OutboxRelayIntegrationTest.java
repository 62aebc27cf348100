package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.outbox.Outbox;
import com.northstar.platform.service.outbox.OutboxProperties;
import com.northstar.platform.service.outbox.OutboxRelay;
import com.northstar.platform.test.RefusedTopics;
import com.northstar.platform.test.SharedKafkaBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay of the test context (its thread off) driven round by round. A topic new to the relay's producer is
 * looked up off the round, so the first rounds of a test may publish nothing yet: {@link #relayUntil} runs rounds
 * until the outcome a test waits for.
 */
class OutboxRelayIntegrationTest extends PlatformIntegrationTest {

    /** Larger than the producer's max.request.size (1 MB). */
    private static final String TOO_LARGE = "x".repeat(2 * 1024 * 1024);

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
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcTemplate jdbcTemplate;

    private String topic;
    private Consumer<String, String> consumer;

    @BeforeEach
    void freshTopicAndConsumer() {
        jdbc.sql("DELETE FROM outbox_event").update();
        jdbc.sql("UPDATE outbox_lease SET owner = NULL, expires_at = '1970-01-01 00:00:00' WHERE name = 'relay'")
                .update();
        topic = "platform-test-" + UUID.randomUUID();
        SharedKafkaBroker.broker().addTopics(topic);
        consumer = consumerOf(topic);
    }

    @AfterEach
    void closeConsumer() {
        consumer.close();
    }

    @Test
    void aCommittedEventReachesKafkaAsAnEnvelopeWithItsIdAndType() {
        String eventId = transactions.execute(status -> outbox.record(topic, "42", "SomethingHappened",
                Map.of("orderId", 42)));

        assertThat(relayUntil(() -> unpublished() == 0)).isEqualTo(1);

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

        assertThat(relayUntil(() -> unpublished() == 0)).isEqualTo(20);

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
    void aRetriableFailureBacksOffItsKeyOnlyAndAnEventBackingOffIsNotReadAgainUntilDue() {
        String refused = RefusedTopics.PREFIX + UUID.randomUUID();
        record(refused, "A", 1);
        record(refused, "A", 2);
        record(topic, "A", 3);
        record(topic, "B", 4);

        relayUntil(() -> attemptsOf(refused, 1) == 1);

        assertThat(unpublished(topic)).as("the same key on another topic, and another key, went on").isZero();
        assertThat(lastErrorOf(refused, 1)).contains("TimeoutException");
        assertThat(nextAttemptOf(refused, 1)).isNotNull();
        assertThat(attemptsOf(refused, 2)).as("waits behind the earlier event of its key").isZero();

        jdbc.sql("UPDATE outbox_event SET next_attempt_at = ? WHERE topic = ? AND attempts = 1")
                .params(LocalDateTime.now(WireDates.ZONE).plusMinutes(1), refused).update();
        record(topic, "C", 5);

        assertThat(relayUntil(() -> unpublished(topic) == 0)).as("only the new event was due").isEqualTo(1);
        assertThat(attemptsOf(refused, 1)).isEqualTo(1);
        assertThat(attemptsOf(refused, 2)).isZero();
    }

    @Test
    void aRecordTooLargeIsParkedAtOnceAndTheLaterEventsOfItsKeyGoOn() {
        transactions.execute(status -> outbox.record(topic, "A", "Changed", Map.of("blob", TOO_LARGE)));
        record(topic, "A", 2);
        record(topic, "B", 3);

        assertThat(relayUntil(() -> unpublished() == 1)).isEqualTo(2);

        List<Map<String, Object>> parked = jdbc.sql("""
                SELECT message_key, attempts, last_error, parked_at FROM outbox_event
                WHERE published_at IS NULL""").query().listOfRows();
        assertThat(parked).singleElement().satisfies(row -> {
            assertThat(row.get("message_key")).isEqualTo("A");
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat((String) row.get("last_error")).contains("RecordTooLarge");
            assertThat(row.get("parked_at")).isNotNull();
        });
        assertThat(KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(20), 2)).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder("A", "B");
        assertThat(relay.relayOnce()).as("a parked event is not tried again").isZero();
    }

    @Test
    void aRelayThatLostItsLeasePublishesNothing() {
        record(topic, "A", 1);
        jdbc.sql("UPDATE outbox_lease SET owner = 'another-instance', expires_at = ? WHERE name = 'relay'")
                .param(LocalDateTime.now(WireDates.ZONE).plusMinutes(1)).update();

        assertThat(relay.relayOnce()).isZero();
        assertThat(relay.relayOnce()).isZero();

        assertThat(unpublished()).isEqualTo(1);
    }

    @Test
    void aStuckTopicIsParkedAfterItsAttemptsWhileAHealthyTopicFlowsAtItsNormalLatency() {
        Duration metadataWait = Duration.ofMillis(1500);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay running = newRelay(new OutboxProperties(true, Duration.ofMillis(50), 200, Duration.ofSeconds(3),
                Duration.ofSeconds(12), Duration.ofSeconds(1), 3, metadataWait, Duration.ofDays(7)), meters);
        String stuck = RefusedTopics.PREFIX + UUID.randomUUID();
        running.start();
        try {
            record(stuck, "S", 1);
            transactions.execute(status -> outbox.record(topic, "L", "Changed", Map.of("blob", TOO_LARGE)));
            Map<Integer, Long> committedAtMillis = new HashMap<>();
            long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            for (int healthy = 1; System.nanoTime() < until; healthy++) {
                committedAtMillis.put(healthy, System.currentTimeMillis());
                record(topic, "H" + healthy % 5, healthy);
                sleep(Duration.ofMillis(100));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> parkedAt(stuck, 1) != null
                    && unpublished(topic) == 1);

            assertThat(attemptsOf(stuck, 1)).isEqualTo(3);
            assertThat(lastErrorOf(stuck, 1)).contains("TimeoutException");
            assertThat(meters.counter("outbox.relay.parked").count()).as("the stuck event and the too-large one")
                    .isEqualTo(2);
            Duration slowest = Duration.ZERO;
            for (ConsumerRecord<String, String> sent : KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(20),
                    committedAtMillis.size())) {
                int sequence = json.readTree(sent.value()).get("data").get("sequence").asInt();
                Duration latency = Duration.ofMillis(sent.timestamp() - committedAtMillis.get(sequence));
                slowest = latency.compareTo(slowest) > 0 ? latency : slowest;
            }
            assertThat(slowest).as("slowest of %d healthy events from recording to sending, against a metadata "
                    + "wait of %s per stuck attempt", committedAtMillis.size(), metadataWait)
                    .isLessThan(Duration.ofSeconds(1));
        } finally {
            running.stop();
            running.destroy();
        }
    }

    @Test
    void aBrokerThatDoesNotAnswerParksNothing() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        // Nothing listens on port 9 of the loopback: every connection is refused, as when Kafka is down.
        KafkaTemplate<String, String> unreachable = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9"), new StringSerializer(),
                new StringSerializer()));
        OutboxRelay relayWithoutKafka = new OutboxRelay(jdbc, unreachable, new OutboxProperties(false, null, 0,
                Duration.ofSeconds(1), Duration.ofSeconds(6), Duration.ofMillis(100), 2, Duration.ofMillis(200),
                null), Clock.systemUTC(), meters);
        record(topic, "A", 1);
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
                relayWithoutKafka.relayOnce();
                return meters.counter("outbox.relay.failures").count() >= 4;
            });
        } finally {
            relayWithoutKafka.destroy();
        }

        assertThat(parkedAt(topic, 1)).as("more failures than max-attempts (2), none of them the event's").isNull();
        assertThat(attemptsOf(topic, 1)).isZero();
        assertThat(lastErrorOf(topic, 1)).contains("TimeoutException");
        assertThat(meters.counter("outbox.relay.parked").count()).isZero();
    }

    @Test
    void twoRelaysOverOneSchemaNeverBothPublishAnEventAndTogetherPublishEveryOne() {
        OutboxProperties properties = new OutboxProperties(true, Duration.ofMillis(20), 50, Duration.ofSeconds(2),
                Duration.ofSeconds(6), Duration.ofSeconds(1), 10, Duration.ofMillis(1500), Duration.ofDays(7));
        SimpleMeterRegistry firstMeters = new SimpleMeterRegistry();
        SimpleMeterRegistry secondMeters = new SimpleMeterRegistry();
        SimpleMeterRegistry thirdMeters = new SimpleMeterRegistry();
        OutboxRelay first = newRelay(properties, firstMeters);
        OutboxRelay second = newRelay(properties, secondMeters);
        OutboxRelay third = newRelay(properties, thirdMeters);
        List<String> eventIds = new ArrayList<>();
        first.start();
        try {
            for (int i = 0; i < 900; i++) {
                int sequence = i;
                eventIds.add(transactions.execute(status -> outbox.record(topic, "key-" + sequence % 20, "Changed",
                        Map.of("sequence", sequence))));
                if (i == 100) {
                    second.start();
                } else if (i == 300) {
                    first.stop();
                } else if (i == 450) {
                    third.start();
                } else if (i == 600) {
                    second.stop();
                }
                sleep(Duration.ofMillis(5));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> unpublished() == 0);
        } finally {
            for (OutboxRelay instance : List.of(first, second, third)) {
                instance.stop();
                instance.destroy();
            }
        }

        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(30), eventIds.size()).forEach(records::add);
        consumer.poll(Duration.ofSeconds(2)).forEach(records::add);
        assertThat(records).extracting(record -> new String(record.headers().lastHeader("eventId").value(),
                StandardCharsets.UTF_8)).as("every event exactly once").containsExactlyInAnyOrderElementsOf(eventIds);
        Map<String, List<Integer>> sequencesByKey = new TreeMap<>();
        records.forEach(record -> sequencesByKey.computeIfAbsent(record.key(), key -> new ArrayList<>())
                .add(json.readTree(record.value()).get("data").get("sequence").asInt()));
        sequencesByKey.values().forEach(sequences -> assertThat(sequences).isSorted());
        assertThat(List.of(firstMeters, secondMeters, thirdMeters))
                .as("the lease passed from the first to the second (polling beside it) to the third")
                .allSatisfy(meters -> assertThat(meters.counter("outbox.relay.published").count()).isPositive());
    }

    @Test
    void publishedEventsPastTheirRetentionAreDeletedInBatchesUntilNoneIsLeft() {
        LocalDateTime now = LocalDateTime.now(WireDates.ZONE);
        List<Object[]> old = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            old.add(new Object[] { "old-" + i, topic, now.minusDays(9), now.minusDays(8) });
        }
        jdbcTemplate.batchUpdate("""
                INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload, created_at, attempts,
                    published_at)
                VALUES (?, ?, 'k', 'Changed', '{}', ?, 0, ?)""", old);
        record(topic, "k", 1);
        OutboxRelay fresh = newRelay(new OutboxProperties(false, null, 0, null, null, null, 0, null,
                Duration.ofDays(7)), new SimpleMeterRegistry());
        try {
            fresh.relayOnce();
        } finally {
            fresh.destroy();
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE event_id LIKE 'old-%'").query(Long.class)
                .single()).as("2,500 rows: more than one batch of 1,000").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Long.class).single()).isEqualTo(1);
    }

    private OutboxRelay newRelay(OutboxProperties properties, SimpleMeterRegistry meters) {
        return new OutboxRelay(jdbc, kafka, properties, Clock.systemUTC(), meters);
    }

    /** Runs rounds of the context's relay until {@code done}; returns how many events they published. */
    private int relayUntil(BooleanSupplier done) {
        int[] published = { 0 };
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            published[0] += relay.relayOnce();
            return done.getAsBoolean();
        });
        return published[0];
    }

    private void record(String toTopic, String key, int sequence) {
        transactions.execute(status -> outbox.record(toTopic, key, "Changed", Map.of("sequence", sequence)));
    }

    private long unpublished() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL").query(Long.class).single();
    }

    private long unpublished(String ofTopic) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL AND topic = ?").param(ofTopic)
                .query(Long.class).single();
    }

    private int attemptsOf(String ofTopic, int sequence) {
        return eventColumn("attempts", ofTopic, sequence, Integer.class);
    }

    private String lastErrorOf(String ofTopic, int sequence) {
        return eventColumn("last_error", ofTopic, sequence, String.class);
    }

    private LocalDateTime nextAttemptOf(String ofTopic, int sequence) {
        return eventColumn("next_attempt_at", ofTopic, sequence, LocalDateTime.class);
    }

    private LocalDateTime parkedAt(String ofTopic, int sequence) {
        return eventColumn("parked_at", ofTopic, sequence, LocalDateTime.class);
    }

    /** A column of the event recorded by {@link #record} with that topic and sequence. */
    private <T> T eventColumn(String column, String ofTopic, int sequence, Class<T> type) {
        return jdbc.sql("SELECT " + column + " FROM outbox_event WHERE topic = ? AND payload LIKE ?")
                .params(ofTopic, "%\"sequence\":" + sequence + "}%").query(type).optional().orElse(null);
    }
}
