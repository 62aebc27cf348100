package com.northstar.gateway.auth.jwt;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.util.StringUtils;

/**
 * Where people's tokens come from and how they are read. Every claim path is a claim name or a dotted path into
 * nested claims, so another identity provider (Keycloak: {@code realm_access.roles}) is a matter of configuration.
 *
 * @param issuer           the required {@code iss} claim
 * @param jwkSetUri        the issuer's JWKS endpoint
 * @param audience         a value the {@code aud} claim must contain, so a token the issuer made for another
 *                         application is refused
 * @param rolesClaim       where the roles are
 * @param merchantIdsClaim where the merchants a MERCHANT works for are
 * @param tenantIdClaim    where a POS user's tenant is
 * @param shopIdsClaim     where a POS user's shops are
 */
@ConfigurationProperties("gateway.jwt")
public record JwtProperties(String issuer, String jwkSetUri, String audience,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("merchantIds") String merchantIdsClaim,
        @DefaultValue("tenantId") String tenantIdClaim,
        @DefaultValue("shopIds") String shopIdsClaim) {

    /** The configured issuer's validator. */
    public OAuth2TokenValidator<Jwt> validator() {
        return validatorFor(issuer);
    }

    /** Expiry and not-before (with Spring's default clock skew), the given issuer and the audience. */
    public OAuth2TokenValidator<Jwt> validatorFor(String requiredIssuer) {
        if (!StringUtils.hasText(requiredIssuer) || !StringUtils.hasText(audience)) {
            throw new IllegalStateException("gateway.jwt.issuer and gateway.jwt.audience (JWT_ISSUER, JWT_AUDIENCE)"
                    + " are required: tokens are refused when either is unknown");
        }
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(requiredIssuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audiences -> audiences != null && audiences.contains(audience)));
    }
}
