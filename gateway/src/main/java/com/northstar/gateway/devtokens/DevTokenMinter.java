package com.northstar.gateway.devtokens;

import com.northstar.gateway.auth.jwt.ClaimPath;
import com.northstar.gateway.auth.jwt.JwtProperties;
import com.northstar.gateway.support.GatewayRejection;
import com.northstar.platform.core.caller.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Signs people's tokens in the local profile, as their own issuer, with the claims where the gateway reads them from
 * the configured issuer's tokens.
 */
class DevTokenMinter {

    static final Duration LIFETIME = Duration.ofHours(12);

    private final JwtEncoder encoder;
    private final String issuer;
    private final String audience;
    private final ClaimPath rolesClaim;
    private final ClaimPath merchantIdsClaim;
    private final ClaimPath tenantIdClaim;
    private final ClaimPath shopIdsClaim;
    private final Clock clock;

    /** Tokens of {@code issuer} carry the audience and the claims where the gateway's own settings look for them. */
    DevTokenMinter(JwtEncoder encoder, String issuer, JwtProperties jwt, Clock clock) {
        this.encoder = encoder;
        this.issuer = issuer;
        this.audience = jwt.audience();
        this.rolesClaim = ClaimPath.of(jwt.rolesClaim());
        this.merchantIdsClaim = ClaimPath.of(jwt.merchantIdsClaim());
        this.tenantIdClaim = ClaimPath.of(jwt.tenantIdClaim());
        this.shopIdsClaim = ClaimPath.of(jwt.shopIdsClaim());
        this.clock = clock;
    }

    String mint(DevTokenRequest request) {
        if (request.sub() == null || request.sub().isBlank()) {
            throw new GatewayRejection(HttpStatus.BAD_REQUEST, "sub is required");
        }
        List<String> roles = orEmpty(request.roles());
        for (String role : roles) {
            try {
                if (!Role.valueOf(role).isPersonRole()) {
                    throw new GatewayRejection(HttpStatus.BAD_REQUEST,
                            role + " is not a person's role: partners, cabinets and payment providers sign requests");
                }
            } catch (IllegalArgumentException e) {
                throw new GatewayRejection(HttpStatus.BAD_REQUEST, "unknown role: " + role);
            }
        }
        Map<String, Object> personClaims = new LinkedHashMap<>();
        rolesClaim.writeInto(personClaims, roles);
        merchantIdsClaim.writeInto(personClaims, orEmpty(request.merchantIds()));
        shopIdsClaim.writeInto(personClaims, orEmpty(request.shopIds()));
        if (request.tenantId() != null && !request.tenantId().isBlank()) {
            tenantIdClaim.writeInto(personClaims, request.tenantId());
        }
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(request.sub())
                .audience(List.of(audience))
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claims(all -> all.putAll(personClaims))
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
