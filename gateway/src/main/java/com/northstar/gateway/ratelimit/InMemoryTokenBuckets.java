package com.northstar.gateway.ratelimit;

import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/** Buckets of a single gateway instance. */
class InMemoryTokenBuckets implements TokenBuckets {

    private final BucketTable<String> buckets;
    private final LongSupplier nanoTime;

    InMemoryTokenBuckets(RateLimitProperties properties, LongSupplier nanoTime) {
        this.buckets = new BucketTable<>(properties.capacity(), properties.refillPerSecond());
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Boolean> tryTake(String callerKey) {
        return Mono.fromSupplier(() -> {
            long now = nanoTime.getAsLong();
            return buckets.bucketOf(callerKey, now).tryTake(now);
        });
    }
}
