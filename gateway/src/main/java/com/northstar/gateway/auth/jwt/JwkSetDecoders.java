package com.northstar.gateway.auth.jwt;

import java.time.Clock;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Decoders of an identity provider's tokens, verified against the keys it publishes ({@link PublishedKeys}): the
 * key is picked by the token's {@code kid}; a new key is accepted as soon as the provider publishes it, a withdrawn
 * one no longer than {@code gateway.jwt.keys.max-age} after, neither needs a gateway restart.
 */
public final class JwkSetDecoders {

    private JwkSetDecoders() {
    }

    /** The decoder of {@code gateway.jwt.issuer}'s tokens, keys from {@code gateway.jwt.jwk-set-uri}. */
    public static ReactiveJwtDecoder forConfiguredIssuer(JwtProperties properties, PublishedKeysProperties keys) {
        if (!StringUtils.hasText(properties.issuer()) || !StringUtils.hasText(properties.jwkSetUri())) {
            throw new IllegalStateException(
                    "gateway.jwt.issuer and gateway.jwt.jwk-set-uri (JWT_ISSUER, JWT_JWK_SET_URI) are required");
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(new PublishedKeys(WebClient.create(),
                        properties.jwkSetUri(), keys.maxAge(), keys.minRefetchInterval(), Clock.systemUTC()))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(properties.validator());
        return decoder;
    }
}
