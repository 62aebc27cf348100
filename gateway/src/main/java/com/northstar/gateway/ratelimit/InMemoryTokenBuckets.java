package com.northstar.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/** Buckets of a single gateway instance. Full buckets are idle callers and are dropped when the map grows. */
class InMemoryTokenBuckets implements TokenBuckets {

    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long capacity;
    private final double refillPerNano;
    private final LongSupplier nanoTime;

    InMemoryTokenBuckets(RateLimitProperties properties, LongSupplier nanoTime) {
        this.capacity = properties.capacity();
        this.refillPerNano = properties.refillPerSecond() / 1_000_000_000d;
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Boolean> tryTake(String callerKey) {
        return Mono.fromSupplier(() -> {
            long now = nanoTime.getAsLong();
            if (buckets.size() > SWEEP_ABOVE) {
                buckets.values().removeIf(bucket -> bucket.isFull(now));
            }
            return buckets.computeIfAbsent(callerKey, key -> new Bucket(now)).tryTake(now);
        });
    }

    private final class Bucket {

        private double tokens = capacity;
        private long refilledAt;

        Bucket(long now) {
            refilledAt = now;
        }

        synchronized boolean tryTake(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * refillPerNano);
            refilledAt = now;
        }
    }
}
