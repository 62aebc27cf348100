package com.northstar.gateway.auth.jwt;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Puts a {@link VerifiedTokenCache} in front of the token decoder of whichever profile defines it (the issuer's JWKS
 * or the local signing key), so every decoder the gateway verifies with is cached alike:
 * {@code gateway.jwt.verified-cache.max-entries} (default 4096; 0 turns the cache off) and
 * {@code gateway.jwt.verified-cache.max-age} (default 5m).
 */
@Configuration(proxyBeanMethods = false)
class VerifiedTokenCacheConfiguration {

    private static final String PREFIX = "gateway.jwt.verified-cache.";

    @Bean
    static BeanPostProcessor verifiedTokenCachePostProcessor(Environment environment) {
        Binder binder = Binder.get(environment);
        int maxEntries = binder.bind(PREFIX + "max-entries", Bindable.of(Integer.class)).orElse(4096);
        Duration maxAge = binder.bind(PREFIX + "max-age", Bindable.of(Duration.class)).orElse(Duration.ofMinutes(5));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (maxEntries == 0 || !(bean instanceof ReactiveJwtDecoder decoder)
                        || bean instanceof VerifiedTokenCache) {
                    return bean;
                }
                return new VerifiedTokenCache(decoder, maxEntries, maxAge, Clock.systemUTC());
            }
        };
    }
}
