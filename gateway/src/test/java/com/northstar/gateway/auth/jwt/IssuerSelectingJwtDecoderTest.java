package com.northstar.gateway.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.gateway.support.TestIssuer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** Real tokens of two test issuers, each verified with its own key and validator. */
class IssuerSelectingJwtDecoderTest {

    private static final String OTHER_ISSUER = "https://other-issuer.test";

    private static final TestIssuer FIRST = new TestIssuer();
    private static final TestIssuer SECOND = new TestIssuer();

    private final IssuerSelectingJwtDecoder decoder = new IssuerSelectingJwtDecoder(Map.of(
            TestIssuer.ISSUER, decoderOf(FIRST, TestIssuer.ISSUER),
            OTHER_ISSUER, decoderOf(SECOND, OTHER_ISSUER)));

    @Test
    void eachTokenIsVerifiedByItsIssuersDecoder() {
        assertThat(decoder.decode(FIRST.token("alice", "OPS").sign()).block().getSubject()).isEqualTo("alice");
        assertThat(decoder.decode(SECOND.token("bob", "OPS").issuer(OTHER_ISSUER).sign()).block().getSubject())
                .isEqualTo("bob");
    }

    @Test
    void aTokenNamingATrustedIssuerButSignedByAnotherIsRefused() {
        String claimsToBeTheFirsts = SECOND.token("mallory", "OPS").sign();

        assertThatThrownBy(() -> decoder.decode(claimsToBeTheFirsts).block()).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aTokenOfAnUntrustedIssuerWithoutOneOrNoJwtAtAllIsRefused() {
        for (String token : new String[] {FIRST.token("alice", "OPS").issuer("https://elsewhere.test").sign(),
                FIRST.token("alice", "OPS").without("iss").sign(), "not-a-jwt"}) {
            assertThatThrownBy(() -> decoder.decode(token).block()).as(token).isInstanceOf(BadJwtException.class);
        }
    }

    private static ReactiveJwtDecoder decoderOf(TestIssuer issuer, String name) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(issuer.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(new JwtProperties(name, null, TestIssuer.AUDIENCE, "roles", "merchantIds", "tenantId",
                "shopIds").validator());
        return decoder;
    }
}
