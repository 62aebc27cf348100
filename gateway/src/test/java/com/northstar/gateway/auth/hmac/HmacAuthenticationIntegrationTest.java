package com.northstar.gateway.auth.hmac;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.gateway.support.EchoedRequest;
import com.northstar.gateway.support.GatewayIntegrationTestBase;
import com.northstar.gateway.support.SignedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class HmacAuthenticationIntegrationTest extends GatewayIntegrationTestBase {

    private static final String PARTNER = "weichuang-local";
    private static final String PARTNER_SECRET = "weichuang-local-secret";

    @Test
    void signedPartnerRequestReachesTheServiceWithItsBodyByteIdentical() {
        byte[] body = "{ \"deviceId\" : \"柜-001\",\n  \"pageNo\": 1 }  ".getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = SignedRequest.now(PARTNER, PARTNER_SECRET);

        EchoedRequest echoed = send("/api/asset/batteries/query", body,
                signed.headers("POST", "/api/asset/batteries/query", body))
                .expectStatus().isOk()
                .expectBody(EchoedRequest.class).returnResult().getResponseBody();

        assertThat(echoed.body()).isEqualTo(body);
        assertThat(echoed.header("X-Auth-Subject")).isEqualTo(PARTNER);
        assertThat(echoed.header("X-Auth-Roles")).isEqualTo("PARTNER");
        assertThat(echoed.header("X-Auth-App-Key")).isEqualTo(PARTNER);
        assertThat(echoed.header("X-Auth-Merchant-Ids")).isNull();
    }

    @Test
    void kopAliasIsSignedOverThePathTheClientSentAndRewrittenForTheAssetService() {
        byte[] body = "{\"tankCode\":\"T1\",\"address\":\"杭州\"}".getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = SignedRequest.now(PARTNER, PARTNER_SECRET);

        EchoedRequest echoed = send("/kop/hm.device.p.tankUpdate", body,
                signed.headers("POST", "/kop/hm.device.p.tankUpdate", body))
                .expectStatus().isOk()
                .expectBody(EchoedRequest.class).returnResult().getResponseBody();

        assertThat(echoed.path()).isEqualTo("/api/asset/tanks/update");
        assertThat(echoed.body()).isEqualTo(body);
    }

    @Test
    void signatureCoversThePathWithoutTheQueryString() {
        SignedRequest signed = SignedRequest.now(PARTNER, PARTNER_SECRET);

        client().get().uri("/api/member/members/stats?merchantId=M001")
                .headers(signed.headers("GET", "/api/member/members/stats", new byte[0]))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void deviceKeyReportsSwapsAndPaymentKeyNotifiesParkingPayments() {
        byte[] report = "{\"deviceOrderId\":\"D-1\"}".getBytes(StandardCharsets.UTF_8);
        send("/api/swap/orders/report", report, SignedRequest.now("cabinet-local", "cabinet-local-secret")
                .headers("POST", "/api/swap/orders/report", report))
                .expectStatus().isOk();

        byte[] notify = "<xml><return_code>SUCCESS</return_code></xml>".getBytes(StandardCharsets.UTF_8);
        EchoedRequest echoed = send("/api/parking/pay/wx-notify", notify,
                SignedRequest.now("pay-local", "pay-local-secret").headers("POST", "/api/parking/pay/wx-notify", notify))
                .expectStatus().isOk()
                .expectBody(EchoedRequest.class).returnResult().getResponseBody();
        assertThat(echoed.header("X-Auth-Roles")).isEqualTo("PAYMENT");
    }

    @Test
    void badSignatureIsRefused() {
        byte[] body = "{\"pageNo\":1}".getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = SignedRequest.now(PARTNER, "not-the-secret");

        send("/api/asset/batteries/query", body, signed.headers("POST", "/api/asset/batteries/query", body))
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo(401);
    }

    @Test
    void bodyChangedAfterSigningIsRefused() {
        byte[] signedBody = "{\"pageNo\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] sentBody = "{\"pageNo\":2}".getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = SignedRequest.now(PARTNER, PARTNER_SECRET);

        send("/api/asset/batteries/query", sentBody, signed.headers("POST", "/api/asset/batteries/query", signedBody))
                .expectStatus().isUnauthorized();
    }

    @Test
    void timestampMoreThanFiveMinutesOffIsRefused() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        SignedRequest stale = SignedRequest.now(PARTNER, PARTNER_SECRET)
                .at(System.currentTimeMillis() - Duration.ofMinutes(6).toMillis());

        send("/api/asset/batteries/query", body, stale.headers("POST", "/api/asset/batteries/query", body))
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo(401);
    }

    @Test
    void replayedNonceIsRefused() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = SignedRequest.now(PARTNER, PARTNER_SECRET);

        send("/api/member/members/query", body, signed.headers("POST", "/api/member/members/query", body))
                .expectStatus().isOk();
        send("/api/member/members/query", body, signed.headers("POST", "/api/member/members/query", body))
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo(401);
    }

    @Test
    void unknownAppKeyIsRefused() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = SignedRequest.now("stranger", PARTNER_SECRET);

        send("/api/member/members/query", body, signed.headers("POST", "/api/member/members/query", body))
                .expectStatus().isUnauthorized();
    }

    @Test
    void keyIsForbiddenOnRoutesNotListedForIt() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        send("/api/member/members/query", body, SignedRequest.now("cabinet-local", "cabinet-local-secret")
                .headers("POST", "/api/member/members/query", body))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo(403);
        send("/api/parking/users/query", body, SignedRequest.now(PARTNER, PARTNER_SECRET)
                .headers("POST", "/api/parking/users/query", body))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.isSuccess").isEqualTo("1");
    }

    private WebTestClient.ResponseSpec send(String path, byte[] body,
            Consumer<HttpHeaders> signature) {
        return client().post().uri(path)
                .headers(signature)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
