package com.northstar.gateway.devtokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTParser;
import com.northstar.gateway.support.EchoBackend;
import com.northstar.gateway.support.EchoedRequest;
import com.northstar.gateway.support.SignedRequest;
import com.northstar.gateway.support.TestIssuer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The local profile: the gateway mints people's tokens and trusts the configured issuer's too (the auth-server on
 * localhost; here the test issuer), knows the local partner keys and shows parking-service's SMS inbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.config.enabled=false", "management.server.port=0"})
@ActiveProfiles("local")
class DevTokensIntegrationTest {

    private static final EchoBackend BACKEND = EchoBackend.start();
    private static final TestIssuer AUTH_SERVER = new TestIssuer();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void localProperties(DynamicPropertyRegistry registry) {
        registry.add("SWAP_ORDER_SERVICE_URI", BACKEND::uri);
        registry.add("ASSET_SERVICE_URI", BACKEND::uri);
        registry.add("PARKING_SERVICE_URI", BACKEND::uri);
        BACKEND.publishJwks(AUTH_SERVER.jwks());
        registry.add("JWT_ISSUER", () -> TestIssuer.ISSUER);
        registry.add("JWT_JWK_SET_URI", () -> BACKEND.uri() + "/jwks");
    }

    @Test
    void smsInboxAsksParkingServicesLocalInboxAsTheInternalCallerWithoutCredentials() {
        EchoedRequest echoed = client().get().uri("/dev/sms-inbox?phone=15245263262")
                .header("X-Auth-Roles", "OPS")
                .exchange()
                .expectStatus().isOk()
                .expectBody(EchoedRequest.class).returnResult().getResponseBody();

        assertThat(echoed.method()).isEqualTo("GET");
        assertThat(echoed.path()).isEqualTo("/dev/sms-inbox");
        assertThat(echoed.query()).isEqualTo("phone=15245263262");
        assertThat(echoed.header("X-Auth-Roles")).isEqualTo("INTERNAL");
        assertThat(echoed.header("X-Auth-Subject")).isEqualTo("gateway");
    }

    @Test
    void mintedTokenIsAcceptedAndCarriesTheRequestedClaims() {
        DevTokenResponse minted = client().post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"sub\":\"merchant-bob\",\"roles\":[\"MERCHANT\"],\"merchantIds\":[\"M001\"],"
                        // ./suite token sends the tenant id as a JSON number.
                        + "\"tenantId\":1,\"shopIds\":[\"S1\",\"S2\"]}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(DevTokenResponse.class).returnResult().getResponseBody();

        EchoedRequest echoed = client().post().uri("/api/swap/orders/query")
                .headers(headers -> headers.setBearerAuth(minted.token()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(EchoedRequest.class).returnResult().getResponseBody();

        assertThat(echoed.header("X-Auth-Subject")).isEqualTo("merchant-bob");
        assertThat(echoed.header("X-Auth-Roles")).isEqualTo("MERCHANT");
        assertThat(echoed.header("X-Auth-Merchant-Ids")).isEqualTo("M001");
        assertThat(echoed.header("X-Auth-Tenant-Id")).isEqualTo("1");
        assertThat(echoed.header("X-Auth-Shop-Ids")).isEqualTo("S1,S2");
    }

    @Test
    void mintedTokensAreOfTheDevTokenIssuer() {
        String token = mint("{\"sub\":\"ops-alice\",\"roles\":[\"OPS\"]}");

        assertThat(issuerOf(token)).isEqualTo("northstar-local");
    }

    @Test
    void theConfiguredIssuersTokensAreAcceptedToo() {
        String token = AUTH_SERVER.token("ops-alice", "OPS").sign();

        EchoedRequest echoed = post("/api/asset/batteries/query", token)
                .expectStatus().isOk()
                .expectBody(EchoedRequest.class).returnResult().getResponseBody();

        assertThat(echoed.header("X-Auth-Subject")).isEqualTo("ops-alice");
        assertThat(echoed.header("X-Auth-Roles")).isEqualTo("OPS");
    }

    @Test
    void eachIssuersTokensAreVerifiedWithThatIssuersKeysOnly() {
        String claimsToBeADevToken = AUTH_SERVER.token("ops-alice", "OPS").issuer("northstar-local").sign();
        String unpublishedKey = AUTH_SERVER.token("ops-alice", "OPS").signedByAStranger().sign();

        post("/api/asset/batteries/query", claimsToBeADevToken).expectStatus().isUnauthorized();
        post("/api/asset/batteries/query", unpublishedKey).expectStatus().isUnauthorized();
    }

    @Test
    void tokensOfAnyOtherIssuerAreRefused() {
        String token = AUTH_SERVER.token("ops-alice", "OPS").issuer("https://elsewhere.test").sign();

        post("/api/asset/batteries/query", token)
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo(401);
    }

    @Test
    void tokenRequestWithoutSubjectOrWithAnUnknownRoleIsABadRequest() {
        client().post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"roles\":[\"OPS\"]}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo(400);
        client().post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"sub\":\"x\",\"roles\":[\"ROOT\"]}")
                .exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void localPartnerKeyIsAccepted() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        client().post().uri("/api/asset/batteries/query")
                .headers(SignedRequest.now("weichuang-local", "weichuang-local-secret")
                        .headers("POST", "/api/asset/batteries/query", body))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk();
    }

    private String mint(String request) {
        return client().post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchange()
                .expectStatus().isOk()
                .expectBody(DevTokenResponse.class).returnResult().getResponseBody().token();
    }

    private WebTestClient.ResponseSpec post(String path, String token) {
        return client().post().uri(path)
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange();
    }

    private static String issuerOf(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + token, e);
        }
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
