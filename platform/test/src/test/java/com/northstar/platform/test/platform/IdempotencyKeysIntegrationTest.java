package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.platform.service.idempotency.IdempotencyKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** IdempotencyKeys: a command runs once per key, also when its duplicates arrive at the same moment. */
class IdempotencyKeysIntegrationTest extends PlatformIntegrationTest {

    record Answer(long orderId) {
    }

    @Autowired
    IdempotencyKeys keys;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private final AtomicInteger runs = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void theSameKeyAndBodyReturnTheFirstAnswerWithoutRunningAgain() {
        String key = key();
        Answer first = run(key, Map.of("deviceId", "CAB-1", "amount", 100));
        Answer second = run(key, Map.of("amount", 100, "deviceId", "CAB-1"));

        assertThat(second).isEqualTo(first);
        assertThat(runs).hasValue(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsAConflict() {
        String key = key();
        run(key, Map.of("deviceId", "CAB-1"));

        assertThatThrownBy(() -> run(key, Map.of("deviceId", "CAB-2")))
                .isInstanceOf(IdempotencyKeys.IdempotencyConflictException.class)
                .hasMessageContaining(key);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aCommandThatFailsLeavesTheKeyFreeForARetry() {
        String key = key();
        try {
            transactions.execute(status -> keys.execute("test", key, Map.of(), Answer.class, () -> {
                throw new IllegalStateException("failed");
            }));
        } catch (IllegalStateException expected) {
            // rolled back with the key
        }

        assertThat(run(key, Map.of())).isEqualTo(new Answer(1));
    }

    @Test
    void duplicatesArrivingAtOnceRunTheCommandOnceAndAllGetItsAnswer() throws Exception {
        String key = key();
        int duplicates = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < duplicates; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return transactions.execute(status -> {
                    // a service's transaction may have read before; its snapshot then predates the first's commit
                    jdbc.sql("SELECT COUNT(*) FROM idempotency_key").query(Long.class).single();
                    return keys.execute("test", key, Map.of("deviceId", "CAB-1"), Answer.class, () -> {
                        sleep(Duration.ofMillis(300)); // long enough for every duplicate to queue behind it
                        return new Answer(runs.incrementAndGet());
                    });
                });
            }));
        }
        start.countDown();

        for (Future<Answer> answer : answers) {
            assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(new Answer(1));
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void aDuplicateWaitingOnAFirstRequestThatRollsBackRunsTheCommandItself() throws Exception {
        String key = key();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<?> first = pool.submit(() -> transactions.execute(status ->
                keys.execute("test", key, Map.of(), Answer.class, () -> {
                    runs.incrementAndGet();
                    firstRunning.countDown();
                    await(releaseFirst);
                    throw new IllegalStateException("the first request fails");
                })));
        await(firstRunning);
        Future<Answer> duplicate;
        try (Connection watcher = dataSource.getConnection()) {
            duplicate = pool.submit(() -> run(key, Map.of()));
            awaitClaimsWaiting(watcher, 1, duplicate);
        } finally {
            releaseFirst.countDown();
        }

        assertThat(duplicate.get(30, TimeUnit.SECONDS)).isEqualTo(new Answer(2));
        assertThatThrownBy(() -> first.get(30, TimeUnit.SECONDS)).hasRootCauseMessage("the first request fails");
        assertThat(run(key, Map.of())).as("the duplicate's answer is the stored one").isEqualTo(new Answer(2));
    }

    @Test
    void severalDuplicatesWaitingOnAFirstRequestThatRollsBackRunTheCommandOnceOrAreToldToRetry() throws Exception {
        String key = key();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        pool.submit(() -> transactions.execute(status -> keys.execute("test", key, Map.of(), Answer.class, () -> {
            firstRunning.countDown();
            await(releaseFirst);
            throw new IllegalStateException("the first request fails");
        })));
        await(firstRunning);
        int duplicates = 4;
        List<Future<Object>> outcomes = new ArrayList<>();
        try (Connection watcher = dataSource.getConnection()) {
            for (int i = 0; i < duplicates; i++) {
                outcomes.add(pool.submit(() -> {
                    try {
                        return run(key, Map.of());
                    } catch (IdempotencyKeys.RetryLaterException toldToRetry) {
                        return toldToRetry;
                    }
                }));
            }
            awaitClaimsWaiting(watcher, duplicates, outcomes.get(0));
        } finally {
            releaseFirst.countDown();
        }

        // InnoDB may pick deadlock victims among the waiters once the first's row is gone; they are told to retry
        List<Object> answers = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            answers.add(outcome.get(30, TimeUnit.SECONDS));
        }
        Answer stored = run(key, Map.of());
        assertThat(answers).allSatisfy(answer -> assertThat(answer).satisfiesAnyOf(
                a -> assertThat(a).isEqualTo(stored),
                a -> assertThat(a).isInstanceOf(IdempotencyKeys.RetryLaterException.class)));
        assertThat(answers).contains(stored);
        assertThat((long) runs.get()).as("the command committed once").isEqualTo(stored.orderId());
    }

    @Test
    void aDuplicateThatGivesUpWaitingIsToldToRetryAndLeavesNothingBehind() throws Exception {
        String key = key();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<Answer> first = pool.submit(() -> transactions.execute(status ->
                keys.execute("test", key, Map.of(), Answer.class, () -> {
                    firstRunning.countDown();
                    await(releaseFirst);
                    return new Answer(runs.incrementAndGet());
                })));
        await(firstRunning);

        try {
            assertThatThrownBy(() -> transactions.execute(status -> {
                // the pool hands this connection to later tests: give it back with its own timeout
                long timeout = jdbc.sql("SELECT @@SESSION.innodb_lock_wait_timeout").query(Long.class).single();
                jdbc.sql("SET SESSION innodb_lock_wait_timeout = 1").update();
                try {
                    return keys.execute("test", key, Map.of(), Answer.class, () -> new Answer(runs.incrementAndGet()));
                } finally {
                    jdbc.sql("SET SESSION innodb_lock_wait_timeout = " + timeout).update();
                }
            })).isInstanceOf(IdempotencyKeys.RetryLaterException.class)
                    .hasMessageContaining(key)
                    .satisfies(e -> assertThat(((IdempotencyKeys.RetryLaterException) e).httpStatus()).isEqualTo(503));
        } finally {
            releaseFirst.countDown();
        }

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(new Answer(1));
        assertThat(run(key, Map.of())).isEqualTo(new Answer(1));
        assertThat(runs).hasValue(1);
    }

    private Answer run(String key, Object request) {
        return transactions.execute(status -> keys.execute("test", key, request, Answer.class,
                () -> new Answer(runs.incrementAndGet())));
    }

    /**
     * Waits until {@code count} requests on this test's schema are inside their claim statement, which only lasts
     * while it waits for the key's lock. It watches through a connection of its own, taken before the requests
     * start, so it never queues behind them for one.
     */
    private static void awaitClaimsWaiting(Connection watcher, int count, Future<?> aWaitingRequest)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (PreparedStatement statement = watcher.prepareStatement("""
                    SELECT COUNT(*) FROM information_schema.PROCESSLIST
                    WHERE DB = DATABASE() AND COMMAND = 'Query' AND INFO LIKE 'INSERT INTO idempotency_key%'""");
                    ResultSet waiting = statement.executeQuery()) {
                waiting.next();
                if (waiting.getLong(1) >= count) {
                    return;
                }
            }
            if (aWaitingRequest.isDone()) {
                throw new AssertionError("a request meant to wait ended without waiting: " + outcome(aWaitingRequest));
            }
            sleep(Duration.ofMillis(20));
        }
        throw new AssertionError("fewer than " + count + " requests waited for the key within 30 s");
    }

    private static String outcome(Future<?> done) {
        try {
            return "answered " + done.get();
        } catch (Exception e) {
            return "failed with " + e;
        }
    }

    private static String key() {
        return "k-" + System.nanoTime();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for the other request");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
