package com.northstar.gateway.auth.hmac;

import java.time.Duration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/** Shares nonces between gateway instances: SET NX with the nonce's time to live. */
class RedisNonceStore implements NonceStore {

    private final ReactiveStringRedisTemplate redis;

    RedisNonceStore(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Boolean> claim(String appKey, String nonce, Duration ttl) {
        return redis.opsForValue().setIfAbsent("gateway:nonce:" + appKey + ":" + nonce, "1", ttl)
                .defaultIfEmpty(false);
    }
}
