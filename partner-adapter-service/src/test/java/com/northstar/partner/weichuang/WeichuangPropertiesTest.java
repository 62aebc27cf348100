package com.northstar.partner.weichuang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;

/** Fail closed: without the suite's Weichuang key pair the service does not start. */
class WeichuangPropertiesTest {

    @EnableConfigurationProperties(WeichuangProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues("weichuang.base-url=http://127.0.0.1:8090", "weichuang.resilience.time-limit=5s",
                    "weichuang.resilience.max-concurrent-calls=32", "weichuang.resilience.max-wait-for-slot=0ms",
                    "weichuang.resilience.max-attempts=3", "weichuang.resilience.initial-backoff=300ms",
                    "weichuang.resilience.backoff-multiplier=2", "weichuang.resilience.jitter=0.5",
                    "weichuang.resilience.max-backoff=2s", "weichuang.resilience.sliding-window-size=20",
                    "weichuang.resilience.minimum-calls=10", "weichuang.resilience.failure-rate-threshold=50",
                    "weichuang.resilience.slow-call-threshold=3s", "weichuang.resilience.slow-call-rate-threshold=80",
                    "weichuang.resilience.open-duration=30s", "weichuang.resilience.half-open-calls=3");

    @Test
    void withItsKeyPairTheServiceStarts() {
        context.withPropertyValues("weichuang.app-key=northstar-local", "weichuang.secret=northstar-local-secret")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void aMissingSecretStopsTheServiceFromStarting() {
        context.withPropertyValues("weichuang.app-key=northstar-local")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void aBlankAppKeyStopsTheServiceFromStarting() {
        context.withPropertyValues("weichuang.app-key= ", "weichuang.secret=northstar-local-secret")
                .run(started -> assertThat(started).hasFailed());
    }
}
