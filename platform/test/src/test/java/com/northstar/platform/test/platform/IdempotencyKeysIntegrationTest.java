package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.platform.service.idempotency.IdempotencyKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
        AtomicReference<Thread> duplicateThread = new AtomicReference<>();
        Future<Answer> duplicate = pool.submit(() -> {
            duplicateThread.set(Thread.currentThread());
            return run(key, Map.of());
        });
        awaitALockWait(duplicate, duplicateThread);

        releaseFirst.countDown();

        assertThat(duplicate.get(30, TimeUnit.SECONDS)).isEqualTo(new Answer(2));
        assertThatThrownBy(() -> first.get(30, TimeUnit.SECONDS)).hasRootCauseMessage("the first request fails");
        assertThat(run(key, Map.of())).as("the duplicate's answer is the stored one").isEqualTo(new Answer(2));
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

    /** Waits until a transaction on this test's schema is blocked on a row lock: the waiting request's. */
    private void awaitALockWait(Future<?> waiting, AtomicReference<Thread> waitingThread) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            long lockWaits = jdbc.sql("""
                    SELECT COUNT(*) FROM information_schema.INNODB_TRX t
                    JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
                    WHERE t.trx_state = 'LOCK WAIT' AND p.DB = DATABASE()""").query(Long.class).single();
            if (lockWaits > 0) {
                return;
            }
            if (waiting.isDone()) {
                throw new AssertionError("the request meant to wait ended without waiting: " + outcome(waiting));
            }
            sleep(Duration.ofMillis(20));
        }
        Thread thread = waitingThread.get();
        throw new AssertionError("no transaction started waiting for the key within 30 s; the request meant to wait "
                + "is at " + (thread == null ? "(not started)" : Arrays.toString(thread.getStackTrace()))
                + "; transactions: "
                + jdbc.sql("""
                        SELECT t.trx_state, p.DB, t.trx_query FROM information_schema.INNODB_TRX t
                        LEFT JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id""")
                        .query().listOfRows()
                + "; connections: " + jdbc.sql("""
                        SELECT ID, COMMAND, STATE, INFO FROM information_schema.PROCESSLIST WHERE DB = DATABASE()""")
                        .query().listOfRows());
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

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
