package com.northstar.gateway.ratelimit;

import com.northstar.gateway.redis.RedisFallback;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class TokenBucketsConfiguration {

    /** Buckets in Redis, in this instance's memory while Redis is unreachable. */
    @Bean
    @ConditionalOnProperty(name = "gateway.redis.enabled", havingValue = "true")
    TokenBuckets redisTokenBuckets(ReactiveStringRedisTemplate redis, RateLimitProperties properties,
            RedisFallback fallback) {
        RedisTokenBuckets shared = new RedisTokenBuckets(redis, properties);
        InMemoryTokenBuckets local = new InMemoryTokenBuckets(properties, System::nanoTime);
        return callerKey -> fallback.call("rate-limit", () -> shared.tryTake(callerKey),
                () -> local.tryTake(callerKey));
    }

    @Bean
    @ConditionalOnProperty(name = "gateway.redis.enabled", havingValue = "false", matchIfMissing = true)
    TokenBuckets inMemoryTokenBuckets(RateLimitProperties properties) {
        return new InMemoryTokenBuckets(properties, System::nanoTime);
    }
}
