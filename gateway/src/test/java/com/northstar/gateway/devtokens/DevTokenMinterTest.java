package com.northstar.gateway.devtokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.gateway.auth.jwt.JwtProperties;
import com.northstar.gateway.support.GatewayRejection;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class DevTokenMinterTest {

    private static final Instant NOW = Instant.now();

    private final KeyPair keys = LocalSigningKey.generated();
    private final DevTokenMinter minter = new DevTokenMinter(
            NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()).build(),
            new JwtProperties("northstar-local", null, "northstar", "roles"), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void mintedTokenIsAnRs256JwtForTheGatewaysAudienceWithTheRequestedClaimsValidForTwelveHours() {
        String token = minter.mint(new DevTokenRequest("cashier-1", List.of("POS"), List.of(), "T9",
                List.of("S1", "S2")));

        Jwt jwt = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build().decode(token);
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getSubject()).isEqualTo("cashier-1");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("northstar-local");
        assertThat(jwt.getAudience()).containsExactly("northstar");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("POS");
        assertThat(jwt.getClaimAsStringList("merchantIds")).isEmpty();
        assertThat(jwt.getClaimAsString("tenantId")).isEqualTo("T9");
        assertThat(jwt.getClaimAsStringList("shopIds")).containsExactly("S1", "S2");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void rolesAreMintedWhereTheGatewayReadsThem() {
        DevTokenMinter keycloakShaped = new DevTokenMinter(
                NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate())
                        .build(),
                new JwtProperties("northstar-local", null, "northstar", "realm_access.roles"),
                Clock.fixed(NOW, ZoneOffset.UTC));

        Jwt jwt = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build()
                .decode(keycloakShaped.mint(new DevTokenRequest("ops", List.of("OPS"), null, null, null)));

        assertThat(jwt.getClaimAsMap("realm_access")).containsEntry("roles", List.of("OPS"));
        assertThat(jwt.hasClaim("roles")).isFalse();
    }

    @Test
    void tokenWithoutSubjectOrWithAnUnknownRoleIsNotMinted() {
        assertThatThrownBy(() -> minter.mint(new DevTokenRequest(" ", List.of("OPS"), null, null, null)))
                .isInstanceOf(GatewayRejection.class).hasMessageContaining("sub");
        assertThatThrownBy(() -> minter.mint(new DevTokenRequest("x", List.of("ROOT"), null, null, null)))
                .isInstanceOf(GatewayRejection.class).hasMessageContaining("ROOT");
    }

    @Test
    void signedCallersRolesAreNotMintedIntoTokens() {
        assertThatThrownBy(() -> minter.mint(new DevTokenRequest("x", List.of("DEVICE"), null, null, null)))
                .isInstanceOf(GatewayRejection.class).hasMessageContaining("DEVICE");
    }
}
