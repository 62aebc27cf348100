package com.northstar.gateway.devtokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.gateway.auth.jwt.JwtProperties;
import com.northstar.gateway.support.GatewayRejection;
import com.northstar.platform.core.keys.RsaPemKeys;
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

    private final KeyPair keys = RsaPemKeys.generate();
    private final DevTokenMinter minter = new DevTokenMinter(
            NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()).build(),
            "northstar-local", jwtSettings("https://auth.test", "roles", "merchantIds", "tenantId", "shopIds"),
            Clock.fixed(NOW, ZoneOffset.UTC));

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
    void claimsAreMintedWhereTheGatewayReadsThem() {
        DevTokenMinter keycloakShaped = new DevTokenMinter(
                NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate())
                        .build(),
                "northstar-local", jwtSettings("https://auth.test", "realm_access.roles", "northstar.merchants",
                        "northstar.tenant", "northstar.shops"),
                Clock.fixed(NOW, ZoneOffset.UTC));

        Jwt jwt = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build()
                .decode(keycloakShaped.mint(new DevTokenRequest("ops", List.of("OPS"), List.of("M001"), "7",
                        List.of("S1"))));

        assertThat(jwt.getClaimAsMap("realm_access")).containsEntry("roles", List.of("OPS"));
        assertThat(jwt.getClaimAsMap("northstar")).containsEntry("merchants", List.of("M001"))
                .containsEntry("tenant", "7").containsEntry("shops", List.of("S1"));
        assertThat(jwt.getClaims()).doesNotContainKeys("roles", "merchantIds", "tenantId", "shopIds");
    }

    @Test
    void twoClaimsConfiguredAtOnePlaceAreAConfigurationError() {
        assertThatThrownBy(() -> new DevTokenMinter(
                NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate())
                        .build(),
                "northstar-local", jwtSettings("https://auth.test", "roles", "ids", "tenantId", "ids"),
                Clock.fixed(NOW, ZoneOffset.UTC))
                .mint(new DevTokenRequest("x", List.of("OPS"), null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
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

    private static JwtProperties jwtSettings(String issuer, String roles, String merchantIds, String tenantId,
            String shopIds) {
        return new JwtProperties(issuer, null, "northstar", roles, merchantIds, tenantId, shopIds);
    }
}
