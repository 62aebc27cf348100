package com.northstar.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An identity provider for tests: its public keys are published as a JWKS, and it signs tokens on demand, with its
 * first key unless a token names another.
 */
public final class TestIssuer {

    public static final String ISSUER = "https://issuer.test";

    /** The gateway's audience ({@code gateway.jwt.audience} by default). */
    public static final String AUDIENCE = "northstar";

    private final RSAKey key = generate("issuer-key");
    private final RSAKey foreignKey = generate("issuer-key");
    private final Map<String, RSAKey> publishedKeys = new ConcurrentHashMap<>(Map.of(key.getKeyID(), key));

    /** The public keys, as the issuer's JWKS endpoint serves them. */
    public String jwks() {
        return new JWKSet(publishedKeys.values().stream().map(published -> (JWK) published.toPublicJWK()).toList())
                .toString();
    }

    /** Adds a key to the published ones (what a provider does before it signs with a new key). */
    public void publishNewKey(String keyId) {
        publishedKeys.put(keyId, generate(keyId));
    }

    public RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public Token token(String subject, String... roles) {
        return new Token(subject, List.of(roles));
    }

    /** A token to be refined, then signed. */
    public final class Token {

        private final JWTClaimsSet.Builder claims;
        private RSAKey signingKey = key;

        private Token(String subject, List<String> roles) {
            Instant now = Instant.now();
            claims = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .subject(subject)
                    .audience(AUDIENCE)
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                    .claim("roles", roles);
        }

        public Token claim(String name, Object value) {
            claims.claim(name, value);
            return this;
        }

        /** Leaves the claim out of the token. */
        public Token without(String name) {
            claims.claim(name, null);
            return this;
        }

        /** The {@code aud} claim; null removes it. */
        public Token audience(String audience) {
            claims.audience(audience);
            return this;
        }

        /** An {@code aud} claim of several audiences. */
        public Token audiences(String... audiences) {
            claims.audience(List.of(audiences));
            return this;
        }

        public Token issuer(String issuer) {
            claims.issuer(issuer);
            return this;
        }

        public Token expiredAgo(Duration ago) {
            Instant expiry = Instant.now().minus(ago);
            claims.issueTime(Date.from(expiry.minus(Duration.ofHours(1)))).expirationTime(Date.from(expiry));
            return this;
        }

        /** Signed by a published key of the issuer other than its first. */
        public Token signedWith(String keyId) {
            signingKey = publishedKeys.get(keyId);
            if (signingKey == null) {
                throw new IllegalArgumentException("the issuer has published no key " + keyId);
            }
            return this;
        }

        /** Signed by a key the issuer never published, under the same key id. */
        public Token signedByAStranger() {
            signingKey = foreignKey;
            return this;
        }

        public String sign() {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                        .build(), claims.build());
                jwt.sign(new RSASSASigner(signingKey));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
