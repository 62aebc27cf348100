package com.northstar.gateway.auth.hmac;

import com.northstar.gateway.redis.RedisFallback;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Nonces in Redis, in this instance's memory while Redis is unreachable. A nonce claimed in memory during an
 * outage stays refused after Redis is back, until it expires.
 */
class FallingBackNonceStore implements NonceStore {

    private final RedisNonceStore redis;
    private final InMemoryNonceStore memory;
    private final RedisFallback fallback;

    FallingBackNonceStore(RedisNonceStore redis, InMemoryNonceStore memory, RedisFallback fallback) {
        this.redis = redis;
        this.memory = memory;
        this.fallback = fallback;
    }

    @Override
    public Mono<Boolean> claim(String appKey, String nonce, Duration ttl) {
        return fallback.call("nonce",
                () -> redis.claim(appKey, nonce, ttl).map(fresh -> fresh && !memory.holds(appKey, nonce)),
                () -> memory.claim(appKey, nonce, ttl));
    }
}
