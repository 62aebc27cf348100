package com.northstar.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.gateway.support.GatewayIntegrationTestBase;
import com.northstar.gateway.support.RawHttp;
import com.northstar.gateway.support.SignedRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A flood of requests that fail authentication from one client address turns into cheap 429s: once the address's
 * failures are spent, nothing from it is verified (good requests included) until they are forgiven; other
 * addresses are not affected. (How fast they are forgiven: {@link AuthFailureBucketsTest}.)
 */
class AuthFailureIntegrationTest extends GatewayIntegrationTestBase {

    @Test
    void floodOfBadTokensFromOneAddressIsRefusedWith429BeforeVerification() {
        WebTestClient flooder = fromClient("203.0.113.50");

        List<EntityExchangeResult<String>> answers = floodUntilRefused(() -> flooder.post()
                .uri("/api/parking/orders/query")
                .headers(headers -> headers.setBearerAuth("forged.token.value"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectBody(String.class).returnResult());

        EntityExchangeResult<String> refused = answers.get(answers.size() - 1);
        assertThat(refused.getResponseBody()).contains("\"isSuccess\":\"1\"");
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"))).isPositive();
        // A valid token from the flooding address is not even looked at; another address goes on as before.
        flooder.post().uri("/api/parking/orders/query")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("app-user", "APP").sign()))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        fromClient("203.0.113.51").post().uri("/api/parking/orders/query")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("app-user", "APP").sign()))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void floodOfBadSignaturesIsRefusedWithoutReadingTheBodies() throws Exception {
        WebTestClient flooder = fromClient("203.0.113.60");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        floodUntilRefused(() -> flooder.post().uri("/api/member/members/query")
                .headers(SignedRequest.now("weichuang-local", "a-guessed-secret")
                        .headers("POST", "/api/member/members/query", body))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody(String.class).returnResult());

        Map<String, String> headers = SignedRequest.now("weichuang-local", "weichuang-local-secret")
                .headerValues("POST", "/api/member/members/query", body);
        headers.put("X-Forwarded-For", "203.0.113.60");
        headers.put("Content-Type", "application/json");
        headers.put("Content-Length", "500000");
        RawHttp.Answer answer = RawHttp.sendPartially(port(), "POST", "/api/member/members/query", headers,
                new byte[100]);

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.body()).contains("\"code\":429");
        assertThat(answer.connectionClosed()).isTrue();
    }

    @Test
    void forbiddenRequestsCostNoFailures() {
        WebTestClient client = fromClient("203.0.113.70");
        String appToken = ISSUER.token("app-user", "APP").sign();
        for (int i = 0; i < AUTH_FAILURE_CAPACITY + 5; i++) {
            client.post().uri("/api/swap/orders/query")
                    .headers(headers -> headers.setBearerAuth(appToken))
                    .exchange()
                    .expectStatus().isForbidden();
        }
    }

    /**
     * Sends the bad request until the address is refused: exactly its capacity of 401s (one more if one was
     * forgiven meanwhile), then a 429.
     */
    private static List<EntityExchangeResult<String>> floodUntilRefused(
            Supplier<EntityExchangeResult<String>> badRequest) {
        List<EntityExchangeResult<String>> answers = new ArrayList<>();
        for (int i = 0; i < AUTH_FAILURE_CAPACITY + 5; i++) {
            EntityExchangeResult<String> answer = badRequest.get();
            answers.add(answer);
            if (answer.getStatus() != HttpStatus.UNAUTHORIZED) {
                break;
            }
        }
        List<EntityExchangeResult<String>> unauthorized = answers.subList(0, answers.size() - 1);
        assertThat(unauthorized).allSatisfy(answer -> assertThat(answer.getStatus())
                .isEqualTo(HttpStatus.UNAUTHORIZED));
        assertThat(unauthorized.size()).isBetween(AUTH_FAILURE_CAPACITY, AUTH_FAILURE_CAPACITY + 1);
        assertThat(answers.get(answers.size() - 1).getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        return answers;
    }
}
