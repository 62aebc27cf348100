package com.northstar.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemoryTokenBucketsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(
            new RateLimitProperties(3, 2, new RateLimitProperties.AuthFailures(20, 1)), nanos::get);

    @Test
    void callerMayBurstUpToCapacityThenWaitsForTheRefill() {
        assertThat(takes("alice", 3)).isEqualTo(3);
        assertThat(buckets.tryTake("alice").block()).isFalse();

        nanos.addAndGet(500_000_000L);
        assertThat(takes("alice", 3)).isEqualTo(1);

        nanos.addAndGet(60_000_000_000L);
        assertThat(takes("alice", 5)).isEqualTo(3);
    }

    @Test
    void eachCallerHasItsOwnBucket() {
        takes("alice", 3);

        assertThat(buckets.tryTake("bob").block()).isTrue();
    }

    private int takes(String caller, int attempts) {
        int taken = 0;
        for (int i = 0; i < attempts; i++) {
            if (buckets.tryTake(caller).block()) {
                taken++;
            }
        }
        return taken;
    }
}
