package com.northstar.gateway.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokenCacheConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(VerifiedTokenCacheConfiguration.class)
            .withBean(ReactiveJwtDecoder.class, () -> token -> Mono.error(new BadJwtException("not verified")));

    @Test
    void theProfilesDecoderIsWrappedInTheCache() {
        context.run(started -> assertThat(started.getBean(ReactiveJwtDecoder.class))
                .isInstanceOf(VerifiedTokenCache.class));
    }

    @Test
    void maxEntriesZeroLeavesTheDecoderUncached() {
        context.withPropertyValues("gateway.jwt.verified-cache.max-entries=0")
                .run(started -> assertThat(started.getBean(ReactiveJwtDecoder.class))
                        .isNotInstanceOf(VerifiedTokenCache.class));
    }
}
