package com.northstar.gateway.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class TokenBucketsConfiguration {

    @Bean
    @ConditionalOnProperty(name = "gateway.redis.enabled", havingValue = "true")
    TokenBuckets redisTokenBuckets(ReactiveStringRedisTemplate redis, RateLimitProperties properties) {
        return new RedisTokenBuckets(redis, properties);
    }

    @Bean
    @ConditionalOnProperty(name = "gateway.redis.enabled", havingValue = "false", matchIfMissing = true)
    TokenBuckets inMemoryTokenBuckets(RateLimitProperties properties) {
        return new InMemoryTokenBuckets(properties, System::nanoTime);
    }
}
