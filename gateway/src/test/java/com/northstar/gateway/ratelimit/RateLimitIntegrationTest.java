package com.northstar.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.gateway.support.GatewayIntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class RateLimitIntegrationTest extends GatewayIntegrationTestBase {

    @Test
    void callerOverItsBucketGets429InTheRoutesEnvelopeWhileOthersGoOn() {
        String burstingToken = ISSUER.token("bursting-user", "PARK").sign();
        List<EntityExchangeResult<String>> answers = new ArrayList<>();
        for (int i = 0; i < RATE_LIMIT_CAPACITY * 2; i++) {
            answers.add(client().get().uri("/api/parking/users/query")
                    .headers(headers -> headers.setBearerAuth(burstingToken))
                    .exchange()
                    .expectBody(String.class).returnResult());
        }

        List<EntityExchangeResult<String>> limited = answers.stream()
                .filter(answer -> answer.getStatus() == HttpStatus.TOO_MANY_REQUESTS)
                .toList();
        assertThat(limited).isNotEmpty();
        assertThat(answers.get(0).getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(limited.get(0).getResponseBody()).contains("\"isSuccess\":\"1\"");
        assertThat(limited.get(0).getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");

        client().get().uri("/api/parking/users/query")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("patient-user", "PARK").sign()))
                .exchange()
                .expectStatus().isOk();
    }
}
