package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.platform.service.idempotency.IdempotencyKeys;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class IdempotencyKeysIntegrationTest extends PlatformIntegrationTest {

    record Answer(long orderId) {
    }

    @Autowired
    IdempotencyKeys keys;
    @Autowired
    TransactionTemplate transactions;

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void theSameKeyAndBodyReturnTheFirstAnswerWithoutRunningAgain() {
        String key = "k-" + System.nanoTime();
        Answer first = run(key, Map.of("deviceId", "CAB-1", "amount", 100));
        Answer second = run(key, Map.of("amount", 100, "deviceId", "CAB-1"));

        assertThat(second).isEqualTo(first);
        assertThat(runs).hasValue(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsAConflict() {
        String key = "k-" + System.nanoTime();
        run(key, Map.of("deviceId", "CAB-1"));

        assertThatThrownBy(() -> run(key, Map.of("deviceId", "CAB-2")))
                .isInstanceOf(IdempotencyKeys.IdempotencyConflictException.class)
                .hasMessageContaining(key);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aCommandThatFailsLeavesTheKeyFreeForARetry() {
        String key = "k-" + System.nanoTime();
        try {
            transactions.execute(status -> keys.execute("test", key, Map.of(), Answer.class, () -> {
                throw new IllegalStateException("failed");
            }));
        } catch (IllegalStateException expected) {
            // rolled back with the key
        }

        assertThat(run(key, Map.of())).isEqualTo(new Answer(1));
    }

    private Answer run(String key, Object request) {
        return transactions.execute(status -> keys.execute("test", key, request, Answer.class,
                () -> new Answer(runs.incrementAndGet())));
    }
}
