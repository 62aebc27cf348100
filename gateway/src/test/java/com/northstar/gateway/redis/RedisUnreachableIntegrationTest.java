package com.northstar.gateway.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.gateway.support.GatewayIntegrationTestBase;
import com.northstar.gateway.support.SignedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Redis is configured but nothing listens on its port: the gateway answers from memory, never with a 500. */
@ExtendWith(OutputCaptureExtension.class)
class RedisUnreachableIntegrationTest extends GatewayIntegrationTestBase {

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void closedRedisPort(DynamicPropertyRegistry registry) {
        registry.add("gateway.redis.enabled", () -> true);
        registry.add("REDIS_HOST", () -> "127.0.0.1");
        registry.add("REDIS_PORT", RedisUnreachableIntegrationTest::closedPort);
    }

    @Test
    void signedRequestsAreCheckedAndNoncesRefusedWithoutRedis() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = SignedRequest.now("weichuang-local", "weichuang-local-secret");

        for (HttpStatus expected : new HttpStatus[] {HttpStatus.OK, HttpStatus.UNAUTHORIZED}) {
            client().post().uri("/api/member/members/query")
                    .headers(signed.headers("POST", "/api/member/members/query", body))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectStatus().isEqualTo(expected);
        }

        assertThat(fallbacks("nonce")).isPositive();
        assertThat(meters.get("gateway.redis.degraded").gauge().value()).isEqualTo(1);
    }

    @Test
    void callersAreStillRateLimitedWithoutRedisAndTheOutageIsNotLoggedPerRequest(CapturedOutput output) {
        String token = ISSUER.token("no-redis-" + UUID.randomUUID(), "OPS").sign();
        double before = fallbacks("rate-limit");

        long statuses = IntStream.range(0, RATE_LIMIT_CAPACITY * 2)
                .mapToObj(i -> client().get().uri("/api/asset/batteries/query")
                        .headers(headers -> headers.setBearerAuth(token))
                        .exchange()
                        .expectBody(String.class).returnResult().getStatus())
                .peek(status -> assertThat(status).isIn(HttpStatus.OK, HttpStatus.TOO_MANY_REQUESTS))
                .filter(status -> status == HttpStatus.TOO_MANY_REQUESTS)
                .count();

        assertThat(statuses).isPositive();
        assertThat(fallbacks("rate-limit") - before).isEqualTo(RATE_LIMIT_CAPACITY * 2);
        // Once when the outage began (in this test or the one before), never per request.
        assertThat(output.getOut().split("Redis is unreachable", -1).length - 1).isLessThanOrEqualTo(1);
    }

    private double fallbacks(String store) {
        var counter = meters.find("gateway.redis.fallback").tag("store", store).counter();
        return counter == null ? 0 : counter.count();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
