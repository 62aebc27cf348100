package com.northstar.platform.service.outbox;

import com.northstar.platform.core.time.WireDates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes recorded events to Kafka, at least once and in order per key.
 *
 * <p>Only the holder of the {@code outbox_lease} row publishes, so several instances of a service never race on
 * one key. Each round reads the oldest unpublished events; events of one key are sent one after another and a
 * failure stops that key's chain (and any later event of it) until its backoff has passed, so no event overtakes
 * an earlier one of the same key. Other keys are sent concurrently.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LEASE = "relay";
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String instanceId = UUID.randomUUID().toString();
    private final Object signal = new Object();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeMillis = new AtomicLong();
    private final Counter published;
    private final Counter failures;

    private volatile boolean running;
    private volatile boolean woken;
    private Thread worker;
    private LocalDateTime lastCleanup;

    public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, OutboxProperties properties, Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock.withZone(WireDates.ZONE);
        this.published = Counter.builder("outbox.relay.published").description("events published to Kafka")
                .register(meters);
        this.failures = Counter.builder("outbox.relay.failures").description("failed attempts to publish an event")
                .register(meters);
        Gauge.builder("outbox.relay.pending", pending, AtomicLong::get)
                .description("unpublished events seen in the last round").register(meters);
        Gauge.builder("outbox.relay.lag.seconds", oldestPendingAgeMillis, age -> age.get() / 1000.0)
                .description("age of the oldest unpublished event").register(meters);
    }

    /** Asks the relay to look for new events now instead of at its next poll. */
    public void wakeUp() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            int sent = 0;
            try {
                sent = relayOnce();
            } catch (RuntimeException e) {
                log.warn("outbox relay round failed: {}", e.getMessage());
            }
            if (sent == 0) {
                pause();
            }
        }
    }

    private void pause() {
        synchronized (signal) {
            if (!woken) {
                try {
                    signal.wait(properties.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }

    /**
     * One round: take or renew the lease, publish what is due, record the outcome.
     *
     * @return how many events were published
     */
    public int relayOnce() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!holdLease(now)) {
            pending.set(0);
            oldestPendingAgeMillis.set(0);
            return 0;
        }
        List<PendingEvent> batch = jdbc.sql("""
                SELECT id, event_id, topic, message_key, event_type, payload, created_at, attempts, next_attempt_at
                FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT ?""")
                .param(properties.batchSize())
                .query((rs, row) -> new PendingEvent(rs.getLong("id"), rs.getString("event_id"),
                        rs.getString("topic"), rs.getString("message_key"), rs.getString("event_type"),
                        rs.getString("payload"), rs.getObject("created_at", LocalDateTime.class),
                        rs.getInt("attempts"), rs.getObject("next_attempt_at", LocalDateTime.class)))
                .list();
        pending.set(batch.size());
        oldestPendingAgeMillis.set(batch.isEmpty() ? 0 : Duration.between(batch.get(0).createdAt(), now).toMillis());
        cleanUpPublished(now);
        if (batch.isEmpty()) {
            return 0;
        }
        Map<String, List<PendingEvent>> dueByKey = dueByKey(batch, now);
        List<CompletableFuture<Void>> chains = new ArrayList<>();
        List<Long> sentIds = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> failureByKey = new ConcurrentHashMap<>();
        for (Map.Entry<String, List<PendingEvent>> chain : dueByKey.entrySet()) {
            CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
            for (PendingEvent event : chain.getValue()) {
                previous = previous.thenCompose(ignored -> send(event)).thenRun(() -> sentIds.add(event.id()));
            }
            chains.add(previous.exceptionally(failure -> {
                failureByKey.put(chain.getKey(), describe(failure));
                return null;
            }));
        }
        try {
            CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.warn("outbox relay timed out waiting for the broker: {}", e.toString());
        }
        List<Long> done = List.copyOf(sentIds);
        markPublished(done, LocalDateTime.now(clock));
        Set<Long> doneSet = new HashSet<>(done);
        dueByKey.forEach((key, chain) -> chain.stream().filter(event -> !doneSet.contains(event.id())).findFirst()
                .ifPresent(firstUnsent -> recordFailure(firstUnsent,
                        failureByKey.getOrDefault(key, "not acknowledged in time"), now)));
        published.increment(done.size());
        return done.size();
    }

    /** Groups due events by key in id order; a key with an event still backing off sends nothing this round. */
    private Map<String, List<PendingEvent>> dueByKey(List<PendingEvent> batch, LocalDateTime now) {
        Map<String, List<PendingEvent>> byKey = new LinkedHashMap<>();
        Set<String> blocked = new HashSet<>();
        for (PendingEvent event : batch) {
            if (blocked.contains(event.key())) {
                continue;
            }
            if (event.nextAttemptAt() != null && event.nextAttemptAt().isAfter(now)) {
                blocked.add(event.key());
                byKey.remove(event.key());
                continue;
            }
            byKey.computeIfAbsent(event.key(), key -> new ArrayList<>()).add(event);
        }
        return byKey;
    }

    private CompletableFuture<Void> send(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        record.headers().add("eventId", event.eventId().getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventType", event.eventType().getBytes(StandardCharsets.UTF_8));
        return kafka.send(record).thenApply(result -> (Void) null);
    }

    private boolean holdLease(LocalDateTime now) {
        int updated = jdbc.sql("""
                UPDATE outbox_lease SET owner = ?, expires_at = ?
                WHERE name = ? AND (owner = ? OR owner IS NULL OR expires_at < ?)""")
                .params(instanceId, now.plus(properties.lease()), LEASE, instanceId, now)
                .update();
        return updated == 1;
    }

    private void markPublished(List<Long> ids, LocalDateTime at) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE outbox_event SET published_at = :at WHERE id IN (:ids)")
                .param("at", at).param("ids", ids).update();
    }

    private void recordFailure(PendingEvent event, String reason, LocalDateTime now) {
        failures.increment();
        int attempts = event.attempts() + 1;
        long backoffMillis = Math.min(properties.maxBackoff().toMillis(), 500L << Math.min(attempts, 20));
        jdbc.sql("""
                UPDATE outbox_event SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?""")
                .params(attempts, now.plus(Duration.ofMillis(backoffMillis)), reason, event.id())
                .update();
        log.warn("outbox event {} to {} not published (attempt {}: {}), retrying in {} ms", event.eventId(),
                event.topic(), attempts, reason, backoffMillis);
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private void cleanUpPublished(LocalDateTime now) {
        if (lastCleanup != null && Duration.between(lastCleanup, now).compareTo(CLEANUP_EVERY) < 0) {
            return;
        }
        lastCleanup = now;
        jdbc.sql("DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < ?")
                .param(now.minus(properties.retention())).update();
    }

    private record PendingEvent(long id, String eventId, String topic, String key, String eventType, String payload,
            LocalDateTime createdAt, int attempts, LocalDateTime nextAttemptAt) {
    }
}
