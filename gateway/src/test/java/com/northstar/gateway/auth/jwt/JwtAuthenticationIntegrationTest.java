package com.northstar.gateway.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.gateway.support.EchoedRequest;
import com.northstar.gateway.support.GatewayIntegrationTestBase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class JwtAuthenticationIntegrationTest extends GatewayIntegrationTestBase {

    @Test
    void validTokenIsRoutedWithTrustedHeadersFromItsClaimsAndForgedOnesRemoved() {
        String token = ISSUER.token("merchant-bob", "MERCHANT")
                .claim("merchantIds", List.of("M001", "M002"))
                .claim("tenantId", "7")
                .claim("shopIds", List.of("S1"))
                .sign();

        EchoedRequest echoed = client().post().uri("/api/swap/orders/query?withTotal=false")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set("X-Auth-Subject", "someone-else");
                    headers.set("x-auth-roles", "OPS");
                    headers.set("X-AUTH-MERCHANT-IDS", "M999");
                    headers.set("X-Auth-App-Key", "weichuang-local");
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"pageNo\":1}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(EchoedRequest.class).returnResult().getResponseBody();

        assertThat(echoed.method()).isEqualTo("POST");
        assertThat(echoed.path()).isEqualTo("/api/swap/orders/query");
        assertThat(echoed.query()).isEqualTo("withTotal=false");
        assertThat(echoed.header("X-Auth-Subject")).isEqualTo("merchant-bob");
        assertThat(echoed.header("X-Auth-Roles")).isEqualTo("MERCHANT");
        assertThat(echoed.header("X-Auth-Merchant-Ids")).isEqualTo("M001,M002");
        assertThat(echoed.header("X-Auth-Tenant-Id")).isEqualTo("7");
        assertThat(echoed.header("X-Auth-Shop-Ids")).isEqualTo("S1");
        assertThat(echoed.header("X-Auth-App-Key")).isNull();
        assertThat(echoed.headers().get("x-auth-subject")).hasSize(1);
        assertThat(new String(echoed.body())).isEqualTo("{\"pageNo\":1}");
    }

    /**
     * The issuer rotates its keys: it publishes a second key and signs with it. The gateway, which has fetched only
     * the first, fetches the JWKS again for the unknown key id and keeps accepting the first key's tokens.
     */
    @Test
    void aKeyTheIssuerPublishesLaterIsFetchedWithoutARestartAndTheFirstKeyStillWorks() {
        post("/api/asset/batteries/query", ISSUER.token("before-rotation", "OPS").sign()).expectStatus().isOk();

        ISSUER.publishNewKey("rotated-key");
        BACKEND.publishJwks(ISSUER.jwks());
        String signedWithTheNewKey = ISSUER.token("after-rotation", "OPS").signedWith("rotated-key").sign();

        EchoedRequest echoed = post("/api/asset/batteries/query", signedWithTheNewKey)
                .expectStatus().isOk()
                .expectBody(EchoedRequest.class).returnResult().getResponseBody();
        assertThat(echoed.header("X-Auth-Subject")).isEqualTo("after-rotation");
        post("/api/asset/batteries/query", ISSUER.token("first-key-still", "OPS").sign()).expectStatus().isOk();
        post("/api/asset/batteries/query", ISSUER.token("stranger", "OPS").signedByAStranger().sign())
                .expectStatus().isUnauthorized();
    }

    @Test
    void tokenSignedByAnUnpublishedKeyIsRefusedInTheKopEnvelope() {
        String token = ISSUER.token("ops-alice", "OPS").signedByAStranger().sign();

        post("/api/asset/batteries/query", token)
                .expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.code").isEqualTo(401)
                .jsonPath("$.msg").isNotEmpty()
                .jsonPath("$.data").doesNotExist();
    }

    @Test
    void expiredTokenIsRefusedInTheParkingEnvelope() {
        String token = ISSUER.token("app-user", "APP").expiredAgo(Duration.ofMinutes(10)).sign();

        post("/api/parking/orders/query", token)
                .expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.isSuccess").isEqualTo("1")
                .jsonPath("$.msg").isNotEmpty()
                .jsonPath("$.timestamp").isNotEmpty()
                .jsonPath("$.resultData").isEmpty();
    }

    @Test
    void tokenFromAnotherIssuerIsRefusedInTheStoredValueEnvelope() {
        String token = ISSUER.token("cashier", "POS").issuer("https://elsewhere.test").sign();

        post("/api/stored-value/cards/query", token)
                .expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.message").isNotEmpty()
                .jsonPath("$.data").doesNotExist();
    }

    @Test
    void tokenTheIssuerMadeForAnotherAudienceIsRefused() {
        String token = ISSUER.token("ops-alice", "OPS").audience("another-app").sign();

        post("/api/asset/batteries/query", token)
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo(401);
    }

    @Test
    void requestWithoutCredentialsIsRefused() {
        client().post().uri("/api/member/members/query")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo(401);
    }

    @Test
    void malformedBearerTokenIsRefused() {
        post("/api/member/members/query", "not-a-jwt")
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo(401);
    }

    @Test
    void roleTheRouteDoesNotAllowIsForbidden() {
        String token = ISSUER.token("app-user", "APP").sign();

        post("/api/swap/orders/query", token)
                .expectStatus().isForbidden()
                .expectBody()
                .jsonPath("$.code").isEqualTo(403)
                .jsonPath("$.msg").isNotEmpty();
    }

    @Test
    void swapReportRouteTakesOnlyDevicesThoughTheWiderSwapRouteTakesOps() {
        String token = ISSUER.token("ops-alice", "OPS").sign();

        post("/api/swap/orders/report", token)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo(403);
        post("/api/swap/orders/abnormal/handle", token).expectStatus().isOk();
    }

    @Test
    void aTokenClaimingASignedCallersRoleGrantsNothing() {
        String token = ISSUER.token("impostor", "DEVICE", "PARTNER").sign();

        post("/api/swap/orders/report", token)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo(403);
        post("/api/swap/orders/query", token).expectStatus().isForbidden();
    }

    private WebTestClient.ResponseSpec post(String path, String token) {
        return client().post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange();
    }
}
