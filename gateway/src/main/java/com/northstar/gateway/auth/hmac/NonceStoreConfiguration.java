package com.northstar.gateway.auth.hmac;

import com.northstar.gateway.redis.RedisFallback;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class NonceStoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "gateway.redis.enabled", havingValue = "true")
    NonceStore redisNonceStore(ReactiveStringRedisTemplate redis, RedisFallback fallback) {
        return new FallingBackNonceStore(new RedisNonceStore(redis), new InMemoryNonceStore(Clock.systemUTC()),
                fallback);
    }

    @Bean
    @ConditionalOnProperty(name = "gateway.redis.enabled", havingValue = "false", matchIfMissing = true)
    NonceStore inMemoryNonceStore() {
        return new InMemoryNonceStore(Clock.systemUTC());
    }
}
