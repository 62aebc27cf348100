package com.northstar.gateway.body;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.gateway.support.GatewayIntegrationTestBase;
import com.northstar.gateway.support.RawHttp;
import com.northstar.gateway.support.SignedRequest;
import com.northstar.platform.core.hmac.HmacSignature;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

/** Bodies are capped per route: 1 MB by default, 20 MB on the upload routes; over it is 413 in the route's seed. */
class BodyLimitIntegrationTest extends GatewayIntegrationTestBase {

    private static final int ONE_MB = 1024 * 1024;

    @Test
    void signedBodyDeclaredOverTheDefaultLimitIsRefusedBeforeItIsRead() throws Exception {
        Map<String, String> headers = signedHeaders("/api/asset/batteries/query", ONE_MB + 1);

        RawHttp.Answer answer = RawHttp.sendPartially(port(), "POST", "/api/asset/batteries/query", headers,
                new byte[1024]);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"code\":413");
        assertThat(answer.connectionClosed()).as("connection closed instead of reading the rest").isTrue();
    }

    @Test
    void signedBodyStreamedOverTheLimitIsRefused() {
        byte[] body = new byte[ONE_MB + 1];
        client().post().uri("/api/member/members/query")
                .headers(SignedRequest.now("weichuang-local", "weichuang-local-secret")
                        .headers("POST", "/api/member/members/query", body))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunked(body), DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo(413);
    }

    @Test
    void signedBodyAtTheLimitIsAccepted() {
        byte[] body = new byte[ONE_MB];
        Arrays.fill(body, (byte) 'x');
        client().post().uri("/api/member/members/query")
                .headers(SignedRequest.now("weichuang-local", "weichuang-local-secret")
                        .headers("POST", "/api/member/members/query", body))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void tokenRequestDeclaredOverTheLimitIsRefusedInItsRoutesEnvelope() throws Exception {
        RawHttp.Answer answer = RawHttp.sendPartially(port(), "POST", "/api/parking/orders/query",
                tokenHeaders(ISSUER.token("app-user", "APP").sign(), ONE_MB + 1), new byte[1024]);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"isSuccess\":\"1\"");
    }

    @Test
    void chunkedTokenRequestIsCutOffAtTheLimit() {
        client().post().uri("/api/member/members/query")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("ops-alice", "OPS").sign()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunked(new byte[ONE_MB + 1]), DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo(413);
    }

    @Test
    void uploadRoutesTakeLargerBodiesUpToTheirOwnLimit() throws Exception {
        String appToken = ISSUER.token("app-user", "APP").sign();
        client().post().uri("/api/parking/orders/renew")
                .headers(headers -> headers.setBearerAuth(appToken))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[5 * ONE_MB])
                .exchange()
                .expectStatus().isOk()
                .expectBody(Void.class);

        RawHttp.Answer overItsOwnLimit = RawHttp.sendPartially(port(), "POST", "/api/parking/orders/renew",
                tokenHeaders(appToken, 20 * ONE_MB + 1), new byte[1024]);
        RawHttp.Answer overTheDefault = RawHttp.sendPartially(port(), "POST", "/api/parking/orders/query",
                tokenHeaders(appToken, 5 * ONE_MB), new byte[1024]);

        assertThat(overItsOwnLimit.status()).isEqualTo(413);
        assertThat(overItsOwnLimit.body()).contains("\"isSuccess\":\"1\"");
        assertThat(overTheDefault.status()).isEqualTo(413);
    }

    @Test
    void storedValueImportIsCappedInTheStoredValueEnvelope() throws Exception {
        String cashierToken = ISSUER.token("cashier", "POS").claim("tenantId", 1).sign();
        RawHttp.Answer overItsLimit = RawHttp.sendPartially(port(), "POST", "/api/stored-value/members/import",
                tokenHeaders(cashierToken, 20 * ONE_MB + 1), new byte[1024]);

        assertThat(overItsLimit.status()).isEqualTo(413);
        assertThat(overItsLimit.body()).contains("\"status\":413");
        // Under its cap the import goes on to the service (down in these tests).
        client().post().uri("/api/stored-value/members/import")
                .headers(headers -> headers.setBearerAuth(cashierToken))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[2 * ONE_MB])
                .exchange()
                .expectStatus().isEqualTo(503);
    }

    @Test
    void unknownKeyIsRefusedWithoutWaitingForItsBody() throws Exception {
        Map<String, String> headers = signedHeaders("/api/member/members/query", ONE_MB);
        headers.put(HmacSignature.APP_KEY, "stranger");

        RawHttp.Answer answer = RawHttp.sendPartially(port(), "POST", "/api/member/members/query", headers,
                new byte[1024]);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("unknown app key");
        assertThat(answer.connectionClosed()).as("connection closed instead of reading the rest").isTrue();
    }

    @Test
    void keyOnARouteNotListedForItIsRefusedWithoutWaitingForItsBody() throws Exception {
        Map<String, String> headers = signedHeaders("/api/parking/users/query", ONE_MB);

        RawHttp.Answer answer = RawHttp.sendPartially(port(), "POST", "/api/parking/users/query", headers,
                new byte[1024]);

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void staleTimestampIsRefusedWithoutWaitingForItsBody() throws Exception {
        Map<String, String> headers = signedHeaders("/api/member/members/query", ONE_MB);
        headers.put(HmacSignature.TIMESTAMP, Long.toString(System.currentTimeMillis() - 3_600_000));

        RawHttp.Answer answer = RawHttp.sendPartially(port(), "POST", "/api/member/members/query", headers,
                new byte[1024]);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("clock skew");
    }

    /** The headers of a partner's signed request declaring a body of {@code length} bytes (never all sent). */
    private static Map<String, String> signedHeaders(String path, int length) {
        Map<String, String> headers = SignedRequest.now("weichuang-local", "weichuang-local-secret")
                .headerValues("POST", path, "signed over another body".getBytes(StandardCharsets.UTF_8));
        headers.put("Content-Type", "application/json");
        headers.put("Content-Length", Integer.toString(length));
        return headers;
    }

    /** A person's request declaring a body of {@code length} bytes (never all sent). */
    private static Map<String, String> tokenHeaders(String token, int length) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("Content-Type", "application/octet-stream");
        headers.put("Content-Length", Integer.toString(length));
        return headers;
    }

    /** The body in 64 KB chunks, sent without a Content-Length. */
    private static Flux<DataBuffer> chunked(byte[] body) {
        int chunk = 64 * 1024;
        return Flux.range(0, (body.length + chunk - 1) / chunk)
                .map(i -> {
                    int length = Math.min(chunk, body.length - i * chunk);
                    return DefaultDataBufferFactory.sharedInstance.wrap(Arrays.copyOfRange(body, i * chunk,
                            i * chunk + length));
                });
    }
}
