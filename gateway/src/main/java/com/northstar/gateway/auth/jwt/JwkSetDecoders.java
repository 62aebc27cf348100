package com.northstar.gateway.auth.jwt;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Decoders of an identity provider's tokens, verified against the keys it publishes. The key is picked by the
 * token's {@code kid}; a {@code kid} not among the keys fetched so far makes the decoder fetch the JWKS again, so
 * the provider can add a key and sign with it without a gateway restart (Spring's reactive remote JWK source).
 */
public final class JwkSetDecoders {

    private JwkSetDecoders() {
    }

    /** The decoder of {@code gateway.jwt.issuer}'s tokens, keys from {@code gateway.jwt.jwk-set-uri}. */
    public static ReactiveJwtDecoder forConfiguredIssuer(JwtProperties properties) {
        if (!StringUtils.hasText(properties.issuer()) || !StringUtils.hasText(properties.jwkSetUri())) {
            throw new IllegalStateException(
                    "gateway.jwt.issuer and gateway.jwt.jwk-set-uri (JWT_ISSUER, JWT_JWK_SET_URI) are required");
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(properties.validator());
        return decoder;
    }
}
