package com.northstar.gateway.auth.jwt;

import com.northstar.gateway.auth.AuthenticatedCaller;
import com.northstar.gateway.support.GatewayRejection;
import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Verifies a person's bearer token (RS256 signature, expiry, issuer, audience) and reads the caller from its
 * claims, each from its configured claim path. Only people's roles count: a partner, cabinet or payment
 * provider is known by its signature, never by a token.
 */
@Component
public class JwtAuthenticator {

    private static final Logger log = LoggerFactory.getLogger(JwtAuthenticator.class);

    private final ReactiveJwtDecoder decoder;
    private final ClaimPath rolesClaim;
    private final ClaimPath merchantIdsClaim;
    private final ClaimPath tenantIdClaim;
    private final ClaimPath shopIdsClaim;

    JwtAuthenticator(ReactiveJwtDecoder decoder, JwtProperties properties) {
        this.decoder = decoder;
        this.rolesClaim = ClaimPath.of(properties.rolesClaim());
        this.merchantIdsClaim = ClaimPath.of(properties.merchantIdsClaim());
        this.tenantIdClaim = ClaimPath.of(properties.tenantIdClaim());
        this.shopIdsClaim = ClaimPath.of(properties.shopIdsClaim());
    }

    public Mono<AuthenticatedCaller> authenticate(String token) {
        return decoder.decode(token)
                .map(this::callerOf)
                .onErrorMap(BadJwtException.class, e -> GatewayRejection.unauthorized("invalid or expired token"))
                .onErrorMap(e -> e instanceof JwtException && !(e instanceof BadJwtException), e -> {
                    log.warn("Token could not be verified: {}", e.getMessage());
                    return new GatewayRejection(HttpStatus.SERVICE_UNAVAILABLE, "token verification unavailable");
                });
    }

    private AuthenticatedCaller callerOf(Jwt jwt) {
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            throw GatewayRejection.unauthorized("token has no subject");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : rolesClaim.readStrings(jwt.getClaims())) {
            try {
                Role role = Role.valueOf(name);
                if (role.isPersonRole()) {
                    roles.add(role);
                }
            } catch (IllegalArgumentException unknownRole) {
                // A role the suite does not know (Keycloak's default-roles-*, offline_access) grants nothing.
            }
        }
        List<String> tenantIds = tenantIdClaim.readStrings(jwt.getClaims());
        if (tenantIds.size() > 1) {
            throw GatewayRejection.unauthorized("token names more than one tenant");
        }
        return AuthenticatedCaller.person(new Caller(jwt.getSubject(), roles,
                merchantIdsClaim.readStrings(jwt.getClaims()), tenantIds.isEmpty() ? null : tenantIds.get(0),
                shopIdsClaim.readStrings(jwt.getClaims())));
    }
}
