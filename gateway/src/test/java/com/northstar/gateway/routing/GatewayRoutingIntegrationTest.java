package com.northstar.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.gateway.support.EchoedRequest;
import com.northstar.gateway.support.GatewayIntegrationTestBase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class GatewayRoutingIntegrationTest extends GatewayIntegrationTestBase {

    @Test
    void requestIdIsKeptWhenSaneAndPassedToTheService() {
        EntityExchangeResult<EchoedRequest> result = client().get().uri("/api/member/members/stats")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("ops-alice", "OPS").sign()))
                .header("X-Request-Id", "client-req-42")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "client-req-42")
                .expectBody(EchoedRequest.class).returnResult();

        assertThat(result.getResponseBody().header("X-Request-Id")).isEqualTo("client-req-42");
    }

    @Test
    void requestIdIsGeneratedWhenMissingOrInsane() {
        String generated = client().get().uri("/no/such/operation")
                .exchange()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(UUID.fromString(generated)).isNotNull();

        String replaced = client().get().uri("/no/such/operation")
                .header("X-Request-Id", "<script>alert(1)</script>")
                .exchange()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(UUID.fromString(replaced)).isNotNull();
    }

    @Test
    void aBrowserPreflightFromAnAllowedOriginIsAnsweredWithoutCredentials() {
        client().options().uri("/api/swap/orders/query")
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void aBrowserPreflightFromAnotherOriginIsRefused() {
        client().options().uri("/api/swap/orders/query")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void unknownPathIs404InTheKopEnvelope() {
        client().get().uri("/no/such/operation")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.code").isEqualTo(404)
                .jsonPath("$.msg").isNotEmpty();
    }

    @Test
    void partnerAdaptersInternalEndpointsAreNeverRouted() {
        client().post().uri("/internal/partner/tanks/query")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("ops-alice", "OPS").sign()))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void partnerCallOperationsReachPartnerAdapterForOpsOnly() {
        EchoedRequest echoed = client().post().uri("/api/partner/calls/query")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("ops-alice", "OPS").sign()))
                .exchange()
                .expectStatus().isOk()
                .expectBody(EchoedRequest.class).returnResult().getResponseBody();
        client().post().uri("/api/partner/calls/query")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("merchant-bob", "MERCHANT").sign()))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo(403);

        assertThat(echoed.path()).isEqualTo("/api/partner/calls/query");
        assertThat(echoed.header("X-Auth-Roles")).isEqualTo("OPS");
    }

    @Test
    void authServerAccountOperationsReachItForOpsOnlyWithTheBearerTokenAsItCame() {
        String token = ISSUER.token("ops-alice", "OPS").sign();
        EchoedRequest echoed = client().post().uri("/api/auth/users/query")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(EchoedRequest.class).returnResult().getResponseBody();
        client().post().uri("/api/auth/users/query")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("merchant-bob", "MERCHANT").sign()))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo(403);

        assertThat(echoed.path()).isEqualTo("/api/auth/users/query");
        assertThat(echoed.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(echoed.header("X-Auth-Roles")).isEqualTo("OPS");
    }

    @Test
    void devTokensDoNotExistOutsideTheLocalProfile() {
        client().post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"sub\":\"mallory\",\"roles\":[\"OPS\"]}")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo(404);
    }

    @Test
    void devSmsInboxDoesNotExistOutsideTheLocalProfile() {
        client().get().uri("/dev/sms-inbox?phone=15245263262")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo(404);
    }

    @Test
    void serviceApiDocsAreProxiedWithoutCredentials() {
        EchoedRequest echoed = client().get().uri("/v3/api-docs/swap-order-service")
                .exchange()
                .expectStatus().isOk()
                .expectBody(EchoedRequest.class).returnResult().getResponseBody();

        assertThat(echoed.path()).isEqualTo("/v3/api-docs");
        assertThat(echoed.header("X-Auth-Subject")).isNull();
    }

    @Test
    void swaggerUiListsEveryServicesApiDocs() {
        client().get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls.length()").isEqualTo(7)
                .jsonPath("$.urls[?(@.name == 'partner-adapter-service')].url")
                .isEqualTo("/v3/api-docs/partner-adapter-service")
                .jsonPath("$.urls[?(@.name == 'parking-service')].url").isEqualTo("/v3/api-docs/parking-service");
    }

    @Test
    void unavailableServiceIs503InItsSeedsEnvelope() {
        client().post().uri("/api/stored-value/recharges")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("cashier", "POS").claim("tenantId", 1).sign()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.message").isNotEmpty()
                .jsonPath("$.data").doesNotExist();
    }

    /** A service killed while it handles a request: the caller learns to retry, not that the gateway failed. */
    @Test
    void aServiceThatDiesMidRequestIs503InItsSeedsEnvelope() {
        client().post().uri("/api/swap/orders/_dies")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("ops-alice", "OPS").sign()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"pageNo\":1}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.code").isEqualTo(503)
                .jsonPath("$.msg").isEqualTo("service unavailable, retry later");
    }

    @Test
    void probesAndMetricsAreServedOnTheManagementPort() {
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void actuatorIsNotOnThePublicPort() {
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/prometheus",
                "/actuator/gateway/routes"}) {
            client().get().uri(path)
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.code").isEqualTo(404);
        }
    }
}
