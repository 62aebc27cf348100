package com.northstar.gateway.auth.hmac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.gateway.auth.AuthenticatedCaller;
import com.northstar.gateway.support.GatewayRejection;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.hmac.HmacSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class HmacVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final String PATH = "/api/asset/batteries/query";
    private static final byte[] BODY = "{\"pageNo\":1}".getBytes(StandardCharsets.UTF_8);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final HmacVerifier verifier = new HmacVerifier(new HmacProperties(Duration.ofMinutes(5), List.of(
                    new HmacProperties.Client("weichuang-local", "weichuang-local-secret", Role.PARTNER,
                            Set.of("asset")),
                    new HmacProperties.Client("unset", "", Role.DEVICE, Set.of("swap-order-device")))),
            new InMemoryNonceStore(clock), clock);

    @Test
    void correctlySignedRequestYieldsThePartnerAndItsRoutes() {
        AuthenticatedCaller caller = verify(signed("weichuang-local", "weichuang-local-secret", NOW, "n-1"), BODY);

        assertThat(caller.caller().subject()).isEqualTo("weichuang-local");
        assertThat(caller.caller().roles()).containsExactly(Role.PARTNER);
        assertThat(caller.appKey()).isEqualTo("weichuang-local");
        assertThat(caller.routeIds()).containsExactly("asset");
    }

    @Test
    void upperCaseHexSignatureIsAccepted() {
        Map<String, String> headers = signed("weichuang-local", "weichuang-local-secret", NOW, "n-upper");
        headers.put(HmacSignature.SIGNATURE, headers.get(HmacSignature.SIGNATURE).toUpperCase());

        assertThat(verify(headers, BODY).appKey()).isEqualTo("weichuang-local");
    }

    @Test
    void signatureWithTheWrongSecretIsRefused() {
        assertRefused(signed("weichuang-local", "guess", NOW, "n-2"), BODY, "bad signature");
    }

    @Test
    void bodyOtherThanTheSignedOneIsRefused() {
        assertRefused(signed("weichuang-local", "weichuang-local-secret", NOW, "n-3"),
                "{\"pageNo\":2}".getBytes(StandardCharsets.UTF_8), "bad signature");
    }

    @Test
    void timestampsMoreThanFiveMinutesAwayEitherWayAreRefused() {
        Instant late = NOW.minus(Duration.ofMinutes(5)).minusMillis(1);
        Instant early = NOW.plus(Duration.ofMinutes(5)).plusMillis(1);

        assertRefused(signed("weichuang-local", "weichuang-local-secret", late, "n-4"), BODY, "clock skew");
        assertRefused(signed("weichuang-local", "weichuang-local-secret", early, "n-5"), BODY, "clock skew");
        assertThat(verify(signed("weichuang-local", "weichuang-local-secret",
                NOW.minus(Duration.ofMinutes(5)), "n-6"), BODY)).isNotNull();
    }

    @Test
    void nonceIsUsableOncePerKey() {
        Map<String, String> headers = signed("weichuang-local", "weichuang-local-secret", NOW, "n-7");

        verify(headers, BODY);
        assertRefused(headers, BODY, "nonce already used");
    }

    @Test
    void unknownKeyAndKeyWithoutSecretAreRefused() {
        assertRefused(signed("stranger", "weichuang-local-secret", NOW, "n-8"), BODY, "unknown app key");
        assertRefused(signed("unset", "whatever", NOW, "n-9"), BODY, "unknown app key");
    }

    @Test
    void missingOrMalformedHeadersAreRefused() {
        Map<String, String> noNonce = signed("weichuang-local", "weichuang-local-secret", NOW, "n-10");
        noNonce.remove(HmacSignature.NONCE);
        Map<String, String> textTimestamp = signed("weichuang-local", "weichuang-local-secret", NOW, "n-11");
        textTimestamp.put(HmacSignature.TIMESTAMP, "yesterday");

        assertRefused(noNonce, BODY, "required");
        assertRefused(textTimestamp, BODY, "epoch milliseconds");
    }

    @Test
    void headersAloneYieldTheClaimedCallerSoItsRoutesAreKnownBeforeTheBody() {
        HmacVerifier.SignedHeaders headers = verifier.checkHeaders(
                signed("weichuang-local", "weichuang-local-secret", NOW, "n-12")::get);

        assertThat(headers.claimedCaller().appKey()).isEqualTo("weichuang-local");
        assertThat(headers.claimedCaller().routeIds()).containsExactly("asset");
    }

    @Test
    void overlongNonceAndMalformedSignatureAreRefusedOnTheHeaders() {
        Map<String, String> longNonce = signed("weichuang-local", "weichuang-local-secret", NOW, "n".repeat(129));
        Map<String, String> shortSignature = signed("weichuang-local", "weichuang-local-secret", NOW, "n-13");
        shortSignature.put(HmacSignature.SIGNATURE, "abc123");
        Map<String, String> notHex = signed("weichuang-local", "weichuang-local-secret", NOW, "n-14");
        notHex.put(HmacSignature.SIGNATURE, "z".repeat(64));

        assertHeadersRefused(longNonce, "X-Nonce");
        assertHeadersRefused(shortSignature, "X-Signature");
        assertHeadersRefused(notHex, "X-Signature");
    }

    @Test
    void aNonceIsClaimedOnlyOnceTheSignatureHolds() {
        Map<String, String> forged = signed("weichuang-local", "guess", NOW, "n-15");
        assertRefused(forged, BODY, "bad signature");

        assertThat(verify(signed("weichuang-local", "weichuang-local-secret", NOW, "n-15"), BODY)).isNotNull();
    }

    private AuthenticatedCaller verify(Map<String, String> headers, byte[] body) {
        return verifier.verify(verifier.checkHeaders(headers::get), "POST", PATH, body).block();
    }

    private void assertHeadersRefused(Map<String, String> headers, String reason) {
        assertThatThrownBy(() -> verifier.checkHeaders(headers::get))
                .isInstanceOfSatisfying(GatewayRejection.class,
                        rejection -> assertThat(rejection.status()).isEqualTo(HttpStatus.UNAUTHORIZED))
                .hasMessageContaining(reason);
    }

    private void assertRefused(Map<String, String> headers, byte[] body, String reason) {
        assertThatThrownBy(() -> verify(headers, body))
                .isInstanceOfSatisfying(GatewayRejection.class,
                        rejection -> assertThat(rejection.status()).isEqualTo(HttpStatus.UNAUTHORIZED))
                .hasMessageContaining(reason);
    }

    private static Map<String, String> signed(String appKey, String secret, Instant at, String nonce) {
        String timestamp = Long.toString(at.toEpochMilli());
        Map<String, String> headers = new HashMap<>();
        headers.put(HmacSignature.APP_KEY, appKey);
        headers.put(HmacSignature.TIMESTAMP, timestamp);
        headers.put(HmacSignature.NONCE, nonce);
        headers.put(HmacSignature.SIGNATURE, HmacSignature.sign(secret, "POST", PATH, timestamp, nonce, BODY));
        return headers;
    }
}
