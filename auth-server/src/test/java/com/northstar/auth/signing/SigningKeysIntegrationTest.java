package com.northstar.auth.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.northstar.auth.support.AuthServerIntegrationTestSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key rotation: the new key signs, the retired one stays published, so its tokens keep working until they expire. */
class SigningKeysIntegrationTest extends AuthServerIntegrationTestSupport {

    private static final RSAKey ACTIVE = SigningKeys.parse(ACTIVE_KEY).active();
    private static final RSAKey RETIRED = SigningKeys.parse(RETIRED_KEY).active();

    @Test
    void theJwksPublishesBothKeysAndNoPrivatePart() throws Exception {
        String jwks = send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/jwks")).build()).body();

        JWKSet published = JWKSet.parse(jwks);
        assertThat(published.getKeys()).extracting(key -> key.getKeyID())
                .containsExactly(ACTIVE.getKeyID(), RETIRED.getKeyID());
        assertThat(published.getKeys()).noneMatch(key -> key.isPrivate());
    }

    @Test
    void newTokensAreSignedWithTheActiveKey() throws Exception {
        String token = logIn("ops", DEMO_PASSWORD).accessToken();

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(ACTIVE.getKeyID());
        assertThat(jwt.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(ACTIVE.toRSAPublicKey()))).isTrue();
    }

    @Test
    void aTokenOfTheRetiredKeyIsStillAcceptedAndOneOfAnUnknownKeyIsNot() throws Exception {
        String retired = opsToken(RETIRED);
        String unknown = opsToken(SigningKeys.parse(SigningKeys.generatePem()).active());

        assertThat(api("GET", "/api/auth/accounts", retired, null).statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/auth/accounts", unknown, null).statusCode()).isEqualTo(401);
    }

    /** What this server signed for ops before the rotation. */
    private static String opsToken(RSAKey key) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(ISSUER).subject("ops").audience(List.of("admin-console", "northstar"))
                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                        .claim("roles", List.of("OPS")).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
