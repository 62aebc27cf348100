package com.northstar.gateway.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;
import reactor.core.publisher.Mono;

class RedisFallbackTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RedisFallback fallback = new RedisFallback(new GatewayRedisProperties(true, Duration.ofMillis(200)),
            meters);
    private final AtomicInteger redisCalls = new AtomicInteger();
    private volatile boolean redisUp = true;

    @Test
    void answersFromMemoryWhileRedisIsDownWithoutAskingItAgainUntilTheRetryInterval() {
        redisUp = false;

        assertThat(call()).isEqualTo("memory");
        assertThat(call()).isEqualTo("memory");
        assertThat(call()).isEqualTo("memory");

        assertThat(redisCalls).hasValue(1);
        assertThat(meters.get("gateway.redis.fallback").tag("store", "test").counter().count()).isEqualTo(3);
        assertThat(meters.get("gateway.redis.degraded").gauge().value()).isEqualTo(1);
    }

    @Test
    void goesBackToRedisOnceItAnswersAgain() throws InterruptedException {
        redisUp = false;
        call();
        redisUp = true;
        assertThat(call()).isEqualTo("memory");

        Thread.sleep(250);

        assertThat(call()).isEqualTo("redis");
        assertThat(call()).isEqualTo("redis");
        assertThat(meters.get("gateway.redis.degraded").gauge().value()).isZero();
    }

    private String call() {
        return fallback.call("test", () -> {
            redisCalls.incrementAndGet();
            return redisUp ? Mono.just("redis")
                    : Mono.error(new RedisConnectionFailureException("Unable to connect to Redis"));
        }, () -> Mono.just("memory")).block();
    }
}
