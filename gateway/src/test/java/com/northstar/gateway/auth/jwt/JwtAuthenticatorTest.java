package com.northstar.gateway.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.gateway.auth.AuthenticatedCaller;
import com.northstar.gateway.support.GatewayRejection;
import com.northstar.gateway.support.TestIssuer;
import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

/** Real tokens of the test issuer, verified with the gateway's own validator. */
class JwtAuthenticatorTest {

    private static final TestIssuer ISSUER = new TestIssuer();

    @Test
    void tokenForAnotherAudienceOrWithoutOneIsRefused() {
        JwtAuthenticator authenticator = authenticator("roles");

        assertRefused(authenticator, ISSUER.token("ops-alice", "OPS").audience("another-app").sign());
        assertRefused(authenticator, ISSUER.token("ops-alice", "OPS").audience(null).sign());
        assertThat(authenticator.authenticate(ISSUER.token("ops-alice", "OPS").sign()).block().caller().roles())
                .containsExactly(Role.OPS);
    }

    @Test
    void rolesAreReadFromAConfiguredPathIntoNestedClaims() {
        String keycloakToken = ISSUER.token("ops-alice")
                .claim("realm_access", Map.of("roles", List.of("OPS", "offline_access", "default-roles-northstar")))
                .sign();

        AuthenticatedCaller caller = authenticator("realm_access.roles").authenticate(keycloakToken).block();

        assertThat(caller.caller().roles()).containsExactly(Role.OPS);
    }

    @Test
    void aPathThatLeadsNowhereGrantsNoRoles() {
        String token = ISSUER.token("ops-alice", "OPS").claim("realm_access", "not-an-object").sign();

        assertThat(authenticator("realm_access.roles").authenticate(token).block().caller().roles()).isEmpty();
        assertThat(authenticator("resource_access.northstar.roles").authenticate(token).block().caller().roles())
                .isEmpty();
    }

    @Test
    void merchantsTenantAndShopsAreReadFromTheirConfiguredPaths() {
        String token = ISSUER.token("cashier-1", "POS")
                .claim("northstar", Map.of("merchants", List.of("M001", "M002"), "tenant", 7, "shops", "S1"))
                .claim("merchantIds", List.of("M999"))
                .sign();
        JwtProperties properties = new JwtProperties(TestIssuer.ISSUER, null, TestIssuer.AUDIENCE, "roles",
                "northstar.merchants", "northstar.tenant", "northstar.shops");

        Caller caller = authenticator(properties).authenticate(token).block().caller();

        assertThat(caller.merchantIds()).containsExactly("M001", "M002");
        assertThat(caller.tenantId()).isEqualTo("7");
        assertThat(caller.shopIds()).containsExactly("S1");
    }

    @Test
    void aTokenWithoutTheClaimsHasNoMerchantsTenantOrShops() {
        Caller caller = authenticator("roles").authenticate(ISSUER.token("ops-alice", "OPS").sign()).block().caller();

        assertThat(caller.merchantIds()).isEmpty();
        assertThat(caller.tenantId()).isNull();
        assertThat(caller.shopIds()).isEmpty();
    }

    @Test
    void aTokenNamingMoreThanOneTenantIsRefused() {
        assertRefused(authenticator("roles"), ISSUER.token("cashier-1", "POS").claim("tenantId", List.of("1", "2"))
                .sign());
    }

    @Test
    void issuerAndAudienceMustBeConfigured() {
        assertThatThrownBy(() -> new JwtProperties(TestIssuer.ISSUER, null, " ", "roles", "merchantIds", "tenantId",
                "shopIds").validator())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("audience");
    }

    private static JwtAuthenticator authenticator(String rolesClaim) {
        return authenticator(new JwtProperties(TestIssuer.ISSUER, null, TestIssuer.AUDIENCE, rolesClaim, "merchantIds",
                "tenantId", "shopIds"));
    }

    private static JwtAuthenticator authenticator(JwtProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(ISSUER.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(properties.validator());
        return new JwtAuthenticator(decoder, properties);
    }

    private static void assertRefused(JwtAuthenticator authenticator, String token) {
        assertThatThrownBy(() -> authenticator.authenticate(token).block())
                .isInstanceOfSatisfying(GatewayRejection.class,
                        rejection -> assertThat(rejection.status()).isEqualTo(HttpStatus.UNAUTHORIZED));
    }
}
