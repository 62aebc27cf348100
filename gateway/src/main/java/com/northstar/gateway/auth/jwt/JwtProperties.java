package com.northstar.gateway.auth.jwt;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where people's tokens come from.
 *
 * @param issuer    the required {@code iss} claim
 * @param jwkSetUri the issuer's JWKS endpoint (not used in the local profile, which signs its own tokens)
 */
@ConfigurationProperties("gateway.jwt")
public record JwtProperties(String issuer, String jwkSetUri) {
}
