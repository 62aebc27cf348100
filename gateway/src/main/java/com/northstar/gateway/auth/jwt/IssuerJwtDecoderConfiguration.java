package com.northstar.gateway.auth.jwt;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;

/** Outside the local profile, tokens are verified against the identity provider's published keys. */
@Configuration(proxyBeanMethods = false)
@Profile("!local")
class IssuerJwtDecoderConfiguration {

    @Bean
    ReactiveJwtDecoder issuerJwtDecoder(JwtProperties properties) {
        if (!StringUtils.hasText(properties.issuer()) || !StringUtils.hasText(properties.jwkSetUri())) {
            throw new IllegalStateException(
                    "gateway.jwt.issuer and gateway.jwt.jwk-set-uri (JWT_ISSUER, JWT_JWK_SET_URI) are required"
                            + " outside the local profile");
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(properties.validator());
        return decoder;
    }
}
