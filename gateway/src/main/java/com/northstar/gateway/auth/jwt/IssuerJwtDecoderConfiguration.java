package com.northstar.gateway.auth.jwt;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Outside the local profile, people's tokens come from the configured issuer alone (the local profile also trusts
 * its own dev tokens: {@code devtokens/}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!local")
class IssuerJwtDecoderConfiguration {

    @Bean
    ReactiveJwtDecoder issuerJwtDecoder(JwtProperties properties, PublishedKeysProperties keys) {
        return JwkSetDecoders.forConfiguredIssuer(properties, keys);
    }
}
