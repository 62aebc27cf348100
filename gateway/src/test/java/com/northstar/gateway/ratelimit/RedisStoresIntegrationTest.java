package com.northstar.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.gateway.support.GatewayIntegrationTestBase;
import com.northstar.gateway.support.SignedRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.IntStream;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code gateway.redis.enabled=true}, nonces and token buckets live in the local Redis (127.0.0.1:6379), which
 * CI provides: nothing here skips itself when it is missing, and nothing is answered from the in-memory fallback.
 */
@TestPropertySource(properties = {"gateway.redis.enabled=true", "REDIS_HOST=127.0.0.1", "REDIS_PORT=6379"})
class RedisStoresIntegrationTest extends GatewayIntegrationTestBase {

    @Autowired
    private ReactiveStringRedisTemplate redis;

    @Autowired
    private MeterRegistry meters;

    @AfterEach
    void nothingWasAnsweredFromMemory() {
        assertThat(meters.find("gateway.redis.fallback").counters()).allSatisfy(
                counter -> assertThat(counter.count()).isZero());
        assertThat(meters.get("gateway.redis.degraded").gauge().value()).isZero();
    }

    @Test
    void replayedNonceIsRefusedThroughRedis() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = SignedRequest.now("weichuang-local", "weichuang-local-secret");

        for (HttpStatus expected : new HttpStatus[] {HttpStatus.OK, HttpStatus.UNAUTHORIZED}) {
            client().post().uri("/api/deposit/refund-applications/query")
                    .headers(signed.headers("POST", "/api/deposit/refund-applications/query", body))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectStatus().isEqualTo(expected);
        }
        assertThat(redis.hasKey("gateway:nonce:weichuang-local:" + signed.nonce()).block()).isTrue();
    }

    @Test
    void callerOverItsRedisBucketGets429() {
        String subject = "redis-burst-" + UUID.randomUUID();
        String token = ISSUER.token(subject, "OPS").sign();

        long limited = IntStream.range(0, RATE_LIMIT_CAPACITY * 2)
                .mapToObj(i -> client().get().uri("/api/asset/batteries/query")
                        .headers(headers -> headers.setBearerAuth(token))
                        .exchange()
                        .expectBody(String.class).returnResult())
                .filter(result -> result.getStatus() == HttpStatus.TOO_MANY_REQUESTS)
                .peek(result -> assertThat(result.getResponseBody()).contains("\"code\":429"))
                .count();

        assertThat(limited).isPositive();
        assertThat(redis.hasKey("gateway:rate:sub:" + subject).block()).isTrue();
    }
}
