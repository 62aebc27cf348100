package com.northstar.gateway.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.northstar.gateway.support.GatewayIntegrationTestBase;
import com.northstar.gateway.support.SignedRequest;
import com.northstar.gateway.support.SwitchableTcpProxy;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real Redis (127.0.0.1:6379) behind a proxy the test cuts off and restores: during the outage the gateway
 * answers from memory, afterwards it goes back to Redis by itself.
 */
class RedisOutageIntegrationTest extends GatewayIntegrationTestBase {

    private static final SwitchableTcpProxy REDIS = new SwitchableTcpProxy("127.0.0.1", 6379);
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private ReactiveStringRedisTemplate redis;

    @DynamicPropertySource
    static void redisThroughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("gateway.redis.enabled", () -> true);
        registry.add("gateway.redis.retry-interval", () -> "500ms");
        registry.add("REDIS_HOST", () -> "127.0.0.1");
        registry.add("REDIS_PORT", REDIS::port);
    }

    @AfterAll
    static void stopProxy() {
        REDIS.close();
    }

    @Test
    void duringAnOutageRequestsAreAnsweredFromMemoryAndAfterwardsThroughRedisAgain() {
        SignedRequest beforeOutage = SignedRequest.now("weichuang-local", "weichuang-local-secret");
        send(beforeOutage, HttpStatus.OK);
        assertThat(nonceInRedis(beforeOutage)).isTrue();

        REDIS.cut();
        SignedRequest duringOutage = SignedRequest.now("weichuang-local", "weichuang-local-secret");
        send(duringOutage, HttpStatus.OK);
        send(duringOutage, HttpStatus.UNAUTHORIZED);
        assertThat(degraded()).isEqualTo(1);
        assertThat(meters.get("gateway.redis.fallback").tag("store", "nonce").counter().count()).isPositive();

        REDIS.restore();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            send(SignedRequest.now("weichuang-local", "weichuang-local-secret"), HttpStatus.OK);
            assertThat(degraded()).isZero();
        });
        SignedRequest afterOutage = SignedRequest.now("weichuang-local", "weichuang-local-secret");
        send(afterOutage, HttpStatus.OK);
        assertThat(nonceInRedis(afterOutage)).isTrue();
        // Claimed in memory during the outage: still refused once Redis is back.
        send(duringOutage, HttpStatus.UNAUTHORIZED);
    }

    private void send(SignedRequest signed, HttpStatus expected) {
        client().post().uri("/api/member/members/query")
                .headers(signed.headers("POST", "/api/member/members/query", BODY))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(BODY)
                .exchange()
                .expectStatus().isEqualTo(expected);
    }

    private boolean nonceInRedis(SignedRequest signed) {
        return Boolean.TRUE.equals(redis.hasKey("gateway:nonce:" + signed.appKey() + ":" + signed.nonce())
                .block(Duration.ofSeconds(5)));
    }

    private double degraded() {
        return meters.get("gateway.redis.degraded").gauge().value();
    }
}
