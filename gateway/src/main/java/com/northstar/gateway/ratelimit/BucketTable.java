package com.northstar.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The buckets of one gateway instance by key. Full buckets are idle keys and are dropped when the table grows. */
final class BucketTable<K> {

    private static final int SWEEP_ABOVE = 10_000;

    private final Map<K, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final long capacity;
    private final double refillPerSecond;

    BucketTable(long capacity, double refillPerSecond) {
        if (capacity < 1 || refillPerSecond <= 0) {
            throw new IllegalArgumentException("a token bucket needs capacity >= 1 and refill-per-second > 0");
        }
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
    }

    /** The key's bucket, made full when the key is new. */
    TokenBucket bucketOf(K key, long now) {
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, refillPerSecond, now));
    }

    /** The key's bucket if it was ever used (and not swept as full), else null. */
    TokenBucket existing(K key) {
        return buckets.get(key);
    }
}
