package com.northstar.gateway.ratelimit;

import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/** Buckets shared by every gateway instance: refill and take happen atomically in one script on Redis's clock. */
class RedisTokenBuckets implements TokenBuckets {

    private static final RedisScript<Long> TAKE = RedisScript.of("""
            local capacity = tonumber(ARGV[1])
            local refill_per_ms = tonumber(ARGV[2]) / 1000
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(bucket[1]) or capacity
            local at = tonumber(bucket[2]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - at) * refill_per_ms)
            local taken = 0
            if tokens >= 1 then
              tokens = tokens - 1
              taken = 1
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / refill_per_ms) + 1000)
            return taken
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final List<String> arguments;

    RedisTokenBuckets(ReactiveStringRedisTemplate redis, RateLimitProperties properties) {
        this.redis = redis;
        this.arguments = List.of(Long.toString(properties.capacity()), Double.toString(properties.refillPerSecond()));
    }

    @Override
    public Mono<Boolean> tryTake(String callerKey) {
        return redis.execute(TAKE, List.of("gateway:rate:" + callerKey), arguments)
                .next()
                .map(taken -> taken == 1L);
    }
}
