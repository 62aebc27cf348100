package com.northstar.gateway.devtokens;

import com.northstar.gateway.auth.jwt.ClaimPath;
import com.northstar.gateway.auth.jwt.JwtProperties;
import com.northstar.gateway.support.GatewayRejection;
import com.northstar.platform.core.caller.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Signs people's tokens in the local profile, with the claims the gateway reads from a real issuer's tokens. */
class DevTokenMinter {

    static final Duration LIFETIME = Duration.ofHours(12);

    private final JwtEncoder encoder;
    private final String issuer;
    private final String audience;
    private final ClaimPath rolesClaim;
    private final Clock clock;

    /** Tokens carry the audience and the roles where the gateway's own settings look for them. */
    DevTokenMinter(JwtEncoder encoder, JwtProperties jwt, Clock clock) {
        this.encoder = encoder;
        this.issuer = jwt.issuer();
        this.audience = jwt.audience();
        this.rolesClaim = ClaimPath.of(jwt.rolesClaim());
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
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(request.sub())
                .audience(List.of(audience))
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim(rolesClaim.topLevelName(), rolesClaim.topLevelValue(roles))
                .claim("merchantIds", orEmpty(request.merchantIds()))
                .claim("shopIds", orEmpty(request.shopIds()));
        if (request.tenantId() != null && !request.tenantId().isBlank()) {
            claims.claim("tenantId", request.tenantId());
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
