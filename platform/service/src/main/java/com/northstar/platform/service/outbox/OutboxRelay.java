package com.northstar.platform.service.outbox;

import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.tracing.TraceContexts;
import com.northstar.platform.service.retention.BatchedDelete;
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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes recorded events to Kafka, at least once and in order per topic and key (what a Kafka partition keeps
 * in order; no consumer sees an order across topics).
 *
 * <p>Only the holder of the {@code outbox_lease} row publishes, so several instances of a service never race on
 * one key; the lease is renewed before a round sends anything, and the statement that marks events published
 * checks it again, so an instance that lost its lease (a long pause) stops instead of marking what another
 * instance now owns. A round lasts at most {@link OutboxProperties#roundDeadline()}, well inside the lease.
 *
 * <p>A round reads only due events (neither published nor parked, not backing off) and never one whose key has
 * an earlier event still backing off, so no event overtakes an earlier one of its key. Events of one key are sent
 * one after another; different keys and topics at once. A failure backs off that key only. An event the broker
 * keeps refusing (an unknown topic) is <em>parked</em> after {@link OutboxProperties#maxAttempts()} attempts, at
 * once when Kafka calls the failure non-retriable (a record too large, an invalid topic): it is counted
 * ({@code outbox.relay.parked}), logged once, and the later events of its key go on. Holding them back would stop
 * the key for good, and the parked event needs an operator anyway (a dead letter, like a consumer's
 * {@code <topic>-dlt}): its row keeps the last error. A Kafka that does not answer at all (down) is no event's
 * fault: events wait and retry, and none is parked for it.
 *
 * <p>A topic the producer has no metadata for (a new topic, or one the broker does not have) is looked up off the
 * round: a missing topic costs one metadata wait per attempt in the background, never the round's time, so it
 * holds up neither other topics nor the round.
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LEASE = "relay";
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);
    private static final int MAX_ERROR_LENGTH = 1000;
    private static final int SENDER_THREADS = 4;

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String instanceId = UUID.randomUUID().toString();
    private final Object signal = new Object();
    /** Takes each send off the producer's I/O thread (a send may wait for metadata or buffer space). */
    private final ExecutorService sender;
    /** Looks up topics' metadata, each up to {@code metadataWait}, without holding up a round. */
    private final ExecutorService lookups;
    private final Set<String> readyTopics = ConcurrentHashMap.newKeySet();
    /** Metadata look-ups under way or finished but not yet read by a round; only the relay's thread changes it. */
    private final Map<String, CompletableFuture<Void>> topicLookups = new ConcurrentHashMap<>();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeMillis = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private final Counter parked;

    private volatile boolean running;
    private volatile boolean woken;
    /** Whether the last failure was Kafka not answering at all, so an outage is logged once, not per event. */
    private volatile boolean brokerSilent;
    private Thread worker;
    private LocalDateTime nextCleanup;

    /**
     * @param kafka the service's template; the relay sends through a producer of its own made from its factory,
     *              with the waits bounded by the round: {@code max.block.ms} = {@code metadataWait},
     *              {@code delivery.timeout.ms} = the round deadline (so no record outlives its round) and
     *              {@code request.timeout.ms} = half of it
     */
    public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, OutboxProperties properties, Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        long roundMillis = properties.roundDeadline().toMillis();
        this.kafka = new KafkaTemplate<>(kafka.getProducerFactory(), Map.of(
                ProducerConfig.MAX_BLOCK_MS_CONFIG, properties.metadataWait().toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) roundMillis,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) (roundMillis / 2)));
        this.properties = properties;
        this.clock = clock.withZone(WireDates.ZONE);
        this.sender = Executors.newFixedThreadPool(SENDER_THREADS, daemon("outbox-relay-send"));
        this.lookups = Executors.newCachedThreadPool(daemon("outbox-relay-metadata"));
        this.published = Counter.builder("outbox.relay.published").description("events published to Kafka")
                .register(meters);
        this.failures = Counter.builder("outbox.relay.failures").description("failed attempts to publish an event")
                .register(meters);
        this.parked = Counter.builder("outbox.relay.parked")
                .description("events given up on after repeated or non-retriable failures; each needs an operator")
                .register(meters);
        Gauge.builder("outbox.relay.pending", pending, AtomicLong::get)
                .description("due events seen in the last round").register(meters);
        Gauge.builder("outbox.relay.lag.seconds", oldestPendingAgeMillis, age -> age.get() / 1000.0)
                .description("age of the oldest due event").register(meters);
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

    /** Finishes the round under way, then hands the lease back so another instance takes over at once. */
    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(properties.roundDeadline().multipliedBy(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
        jdbc.sql("UPDATE outbox_lease SET owner = NULL WHERE name = ? AND owner = ?").params(LEASE, instanceId)
                .update();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
        lookups.shutdownNow();
        kafka.destroy();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger threads = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
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
     * One round: take or renew the lease, publish what is due, record the outcome, delete old published events.
     *
     * @return how many events were published
     */
    public int relayOnce() {
        long deadline = System.nanoTime() + properties.roundDeadline().toNanos();
        LocalDateTime now = LocalDateTime.now(clock);
        if (!holdLease(now)) {
            pending.set(0);
            oldestPendingAgeMillis.set(0);
            return 0;
        }
        List<PendingEvent> due = readDue(now);
        pending.set(due.size());
        oldestPendingAgeMillis.set(due.stream().map(PendingEvent::createdAt).min(LocalDateTime::compareTo)
                .map(oldest -> Duration.between(oldest, now).toMillis()).orElse(0L));
        int sent = due.isEmpty() ? 0 : publish(due, now, deadline);
        cleanUpPublished(now, deadline);
        return sent;
    }

    /**
     * The oldest due events: not published, not parked, not backing off, and no earlier event of their topic and
     * key backing off. An earlier pending event of the key that is due is read too (it has a lower id), so the
     * batch starts every key it holds at that key's oldest pending event.
     */
    private List<PendingEvent> readDue(LocalDateTime now) {
        return jdbc.sql("""
                SELECT e.id, e.event_id, e.topic, e.message_key, e.event_type, e.payload, e.created_at, e.attempts,
                       e.trace_parent
                FROM outbox_event e
                WHERE e.published_at IS NULL AND e.parked_at IS NULL
                  AND (e.next_attempt_at IS NULL OR e.next_attempt_at <= :now)
                  AND NOT EXISTS (SELECT 1 FROM outbox_event earlier
                      WHERE earlier.topic = e.topic AND earlier.message_key = e.message_key
                        AND earlier.published_at IS NULL AND earlier.parked_at IS NULL AND earlier.id < e.id
                        AND earlier.next_attempt_at > :now)
                ORDER BY e.id LIMIT :limit""")
                .param("now", now).param("limit", properties.batchSize())
                .query((rs, row) -> new PendingEvent(rs.getLong("id"), rs.getString("event_id"),
                        rs.getString("topic"), rs.getString("message_key"), rs.getString("event_type"),
                        rs.getString("payload"), rs.getObject("created_at", LocalDateTime.class),
                        rs.getInt("attempts"), rs.getString("trace_parent")))
                .list();
    }

    private int publish(List<PendingEvent> due, LocalDateTime now, long deadline) {
        Map<String, Map<String, List<PendingEvent>>> byTopic = new LinkedHashMap<>();
        for (PendingEvent event : due) {
            byTopic.computeIfAbsent(event.topic(), topic -> new LinkedHashMap<>())
                    .computeIfAbsent(event.key(), key -> new ArrayList<>()).add(event);
        }
        List<Long> sentIds = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean roundOpen = new AtomicBoolean(true);
        List<Chain> chains = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        byTopic.forEach((topic, keys) -> {
            TopicState state = topicState(topic);
            if (state.ready()) {
                keys.values().forEach(events -> chains.add(new Chain(events, sendInOrder(events, sentIds, roundOpen))));
            } else if (state.failure() != null) {
                keys.values().forEach(events -> failed.add(new Failure(events.get(0), state.failure())));
            }
        });
        awaitUntil(chains, deadline);
        roundOpen.set(false);
        List<Long> done = List.copyOf(sentIds);
        if (!markPublished(done, LocalDateTime.now(clock))) {
            return 0;
        }
        if (!done.isEmpty()) {
            kafkaAnswers();
        }
        Set<Long> doneIds = new HashSet<>(done);
        for (Chain chain : chains) {
            chain.events().stream().filter(event -> !doneIds.contains(event.id())).findFirst()
                    .ifPresent(firstUnsent -> failed.add(new Failure(firstUnsent, failureOf(chain.outcome()))));
        }
        failed.forEach(failure -> recordFailure(failure.event(), failure.cause(), now));
        published.increment(done.size());
        return done.size();
    }

    /**
     * Whether the relay's producer knows the topic. One it does not know yet is looked up in the background (a
     * new topic takes milliseconds, a missing one {@code metadataWait}); its events wait for a round after the
     * look-up, which either makes the topic ready or fails their attempt.
     */
    private TopicState topicState(String topic) {
        if (readyTopics.contains(topic)) {
            return TopicState.READY;
        }
        CompletableFuture<Void> lookup = topicLookups.get(topic);
        if (lookup == null) {
            topicLookups.put(topic, CompletableFuture.runAsync(() -> kafka.partitionsFor(topic), lookups)
                    .whenComplete((ignored, failure) -> wakeUp()));
            return TopicState.LOOKING_UP;
        }
        if (!lookup.isDone()) {
            return TopicState.LOOKING_UP;
        }
        topicLookups.remove(topic);
        if (lookup.isCompletedExceptionally()) {
            return new TopicState(false, failureOf(lookup));
        }
        readyTopics.add(topic);
        kafkaAnswers();
        return TopicState.READY;
    }

    private void kafkaAnswers() {
        if (brokerSilent) {
            brokerSilent = false;
            log.info("Kafka answers again; waiting events are being published");
        }
    }

    /**
     * Sends a key's events one after another, off the producer's I/O thread; a failure stops the chain, and so
     * does the end of the round (nothing is sent that the round will not mark).
     */
    private CompletableFuture<Void> sendInOrder(List<PendingEvent> events, List<Long> sentIds,
            AtomicBoolean roundOpen) {
        CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
        for (PendingEvent event : events) {
            previous = previous.thenComposeAsync(ignored -> roundOpen.get() ? send(event)
                    : CompletableFuture.failedFuture(notAcknowledgedInTime()), sender)
                    .thenRun(() -> sentIds.add(event.id()));
        }
        return previous.whenComplete((ignored, failure) -> {
            if (failure != null && isRetriable(failure)) {
                // Metadata may be stale (a deleted topic): look the topic up again before its next send.
                readyTopics.remove(events.get(0).topic());
            }
        });
    }

    private CompletableFuture<Void> send(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        record.headers().add("eventId", event.eventId().getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventType", event.eventType().getBytes(StandardCharsets.UTF_8));
        if (event.traceparent() != null) {
            record.headers().add(TraceContexts.TRACEPARENT, event.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return kafka.send(record).thenApply(result -> (Void) null);
    }

    private static void awaitUntil(List<Chain> chains, long deadline) {
        for (Chain chain : chains) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                chain.outcome().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception failedOrLate) {
                // read per chain below
            }
        }
    }

    private boolean holdLease(LocalDateTime now) {
        int updated = jdbc.sql("""
                UPDATE outbox_lease SET owner = ?, expires_at = ?
                WHERE name = ? AND (owner = ? OR owner IS NULL OR expires_at < ?)""")
                .params(instanceId, now.plus(properties.lease()), LEASE, instanceId, now)
                .update();
        return updated == 1;
    }

    /**
     * Marks the sent events published, in one statement that also checks this instance still holds the lease.
     *
     * @return false when it does not: the events stay unpublished for the new holder (which sends them again:
     *         at least once), and this round records nothing
     */
    private boolean markPublished(List<Long> ids, LocalDateTime at) {
        if (ids.isEmpty()) {
            return true;
        }
        int marked = jdbc.sql("""
                UPDATE outbox_event SET published_at = :at
                WHERE id IN (:ids) AND published_at IS NULL
                  AND EXISTS (SELECT 1 FROM outbox_lease WHERE name = :lease AND owner = :owner AND expires_at > :at)""")
                .param("at", at).param("ids", ids).param("lease", LEASE).param("owner", instanceId).update();
        if (marked == 0) {
            log.warn("outbox relay lost its lease during a round; {} sent events are left to the new holder",
                    ids.size());
            return false;
        }
        return true;
    }

    /**
     * Backs the event off, or parks it: at once when Kafka calls the failure non-retriable, else once it has been
     * refused {@code maxAttempts} times. A failure without any answer from the broker (it is down or unreachable:
     * a bare timeout) is no fault of the event: it backs off without counting, so an outage parks nothing.
     */
    private void recordFailure(PendingEvent event, Throwable failure, LocalDateTime now) {
        failures.increment();
        String reason = describe(failure);
        boolean retriable = isRetriable(failure);
        boolean counts = !retriable || isAnswer(failure);
        int attempts = counts ? event.attempts() + 1 : event.attempts();
        if (!retriable || attempts >= properties.maxAttempts()) {
            park(event, attempts, reason, retriable, now);
            return;
        }
        long backoffMillis = Math.min(properties.maxBackoff().toMillis(), 500L << Math.min(event.attempts() + 1, 20));
        jdbc.sql("""
                UPDATE outbox_event SET attempts = ?, next_attempt_at = ?, last_error = ?
                WHERE id = ? AND published_at IS NULL""")
                .params(attempts, now.plus(Duration.ofMillis(backoffMillis)), reason, event.id())
                .update();
        if (!counts) {
            if (!brokerSilent) {
                brokerSilent = true;
                log.warn("Kafka does not answer ({}); events wait and retry, none is parked for it", reason);
            }
        } else if (attempts == 1) {
            log.warn("outbox event {} to {} not published ({}), retrying with backoff, parked after {} attempts",
                    event.eventId(), event.topic(), reason, properties.maxAttempts());
        } else {
            log.debug("outbox event {} to {} not published (attempt {}: {}), retrying in {} ms", event.eventId(),
                    event.topic(), attempts, reason, backoffMillis);
        }
    }

    private void park(PendingEvent event, int attempts, String reason, boolean retriable, LocalDateTime now) {
        int updated = jdbc.sql("""
                UPDATE outbox_event SET attempts = ?, parked_at = ?, last_error = ?
                WHERE id = ? AND published_at IS NULL""")
                .params(attempts, now, reason, event.id()).update();
        if (updated == 1) {
            parked.increment();
            log.error("outbox event {} ({}) to {} parked after {} attempt(s), {}: {}; later events of its key go on, "
                    + "this one needs an operator", event.eventId(), event.eventType(), event.topic(), attempts,
                    retriable ? "still refused" : "not retriable", reason);
        }
    }

    /**
     * Whether the broker (or the client, about the record itself) answered with a reason, such as an unknown
     * topic or too few replicas; a bare timeout, the producer's or the round's, means no answer came at all.
     */
    static boolean isAnswer(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ApiException && !(cause instanceof TimeoutException)) {
                return true;
            }
        }
        return false;
    }

    /** Kafka's own verdict: its non-retriable errors (record too large, invalid topic, authorization) park at once. */
    static boolean isRetriable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RetriableException) {
                return true;
            }
            if (cause instanceof ApiException || cause instanceof SerializationException) {
                return false;
            }
        }
        return true;
    }

    /** What a chain or look-up failed with; one that had not failed by the deadline was not acknowledged in time. */
    private Throwable failureOf(CompletableFuture<Void> outcome) {
        if (!outcome.isCompletedExceptionally()) {
            return notAcknowledgedInTime();
        }
        Throwable failure = outcome.handle((ignored, thrown) -> thrown).join();
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private TimeoutException notAcknowledgedInTime() {
        return new TimeoutException("not acknowledged within the round (" + properties.roundDeadline().toMillis()
                + " ms)");
    }

    /** The failure as an operator reads it: what the producer said, and the broker's root cause when it differs. */
    private static String describe(Throwable failure) {
        Throwable outer = failure;
        while (isWrapper(outer) && outer.getCause() != null) {
            outer = outer.getCause();
        }
        Throwable root = outer;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = outer.getClass().getSimpleName() + ": " + outer.getMessage()
                + (root == outer ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }

    private static boolean isWrapper(Throwable failure) {
        return failure instanceof CompletionException || failure instanceof ExecutionException
                || failure instanceof KafkaException;
    }

    /**
     * Deletes published events past their retention, a batch at a time and only within what is left of the
     * round; a backlog larger than that goes on at the next round instead of in ten minutes.
     */
    private void cleanUpPublished(LocalDateTime now, long deadline) {
        if (nextCleanup != null && now.isBefore(nextCleanup)) {
            return;
        }
        BatchedDelete.Deleted deleted = BatchedDelete.olderThan(jdbc, "outbox_event", "published_at",
                now.minus(properties.retention()), () -> System.nanoTime() < deadline);
        nextCleanup = deleted.complete() ? now.plus(CLEANUP_EVERY) : now;
    }

    private record Chain(List<PendingEvent> events, CompletableFuture<Void> outcome) {
    }

    private record Failure(PendingEvent event, Throwable cause) {
    }

    private record PendingEvent(long id, String eventId, String topic, String key, String eventType, String payload,
            LocalDateTime createdAt, int attempts, String traceparent) {
    }

    /** @param failure why the topic's metadata could not be had, when it could not */
    private record TopicState(boolean ready, Throwable failure) {

        static final TopicState READY = new TopicState(true, null);
        static final TopicState LOOKING_UP = new TopicState(false, null);
    }
}
