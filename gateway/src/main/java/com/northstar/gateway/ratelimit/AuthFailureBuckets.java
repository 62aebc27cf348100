package com.northstar.gateway.ratelimit;

import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Failed authentications per client address, in this gateway instance only: the check runs before every request's
 * verification, so it must cost no network round trip. An address that never failed costs one map lookup.
 */
class AuthFailureBuckets {

    private final BucketTable<InetAddress> buckets;
    private final LongSupplier nanoTime;

    AuthFailureBuckets(RateLimitProperties.AuthFailures properties, LongSupplier nanoTime) {
        this.buckets = new BucketTable<>(properties.capacity(), properties.refillPerSecond());
        this.nanoTime = nanoTime;
    }

    /** Zero when the address may be heard; otherwise the seconds until it may try again. */
    long secondsRefused(InetAddress client) {
        TokenBucket bucket = buckets.existing(client);
        if (bucket == null) {
            return 0;
        }
        long nanos = bucket.nanosUntilToken(nanoTime.getAsLong());
        return nanos == 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }

    void recordFailure(InetAddress client) {
        long now = nanoTime.getAsLong();
        buckets.bucketOf(client, now).tryTake(now);
    }
}
