package com.northstar.gateway.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.gateway.support.EchoedRequest;
import com.northstar.gateway.support.GatewayIntegrationTestBase;
import com.northstar.gateway.support.TestIssuer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Keycloak instead of the auth-server, by configuration only (deploy/keycloak/README.md): the realm's issuer, roles
 * from {@code realm_access.roles}, and access tokens shaped as the sample realm's mappers make them.
 */
@TestPropertySource(properties = {"gateway.jwt.issuer=" + KeycloakTokensIntegrationTest.REALM_ISSUER,
        "gateway.jwt.roles-claim=realm_access.roles"})
class KeycloakTokensIntegrationTest extends GatewayIntegrationTestBase {

    static final String REALM_ISSUER = "https://keycloak.test/realms/northstar";

    @Test
    void keycloakAccessTokenIsRoutedWithTheCallersClaimsAsTrustedHeaders() {
        String token = keycloakToken("merchant-m001", "MERCHANT").sign();

        EchoedRequest echoed = post("/api/swap/orders/query", token)
                .expectStatus().isOk()
                .expectBody(EchoedRequest.class).returnResult().getResponseBody();

        assertThat(echoed.header("X-Auth-Subject")).isEqualTo("merchant-m001");
        assertThat(echoed.header("X-Auth-Roles")).isEqualTo("MERCHANT");
        assertThat(echoed.header("X-Auth-Merchant-Ids")).isEqualTo("M001,M002");
        assertThat(echoed.header("X-Auth-Tenant-Id")).isEqualTo("7");
        assertThat(echoed.header("X-Auth-Shop-Ids")).isEqualTo("S1,S2");
    }

    @Test
    void keycloaksOwnRolesGrantNothing() {
        String token = keycloakToken("someone").sign();

        post("/api/asset/batteries/query", token)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo(403);
    }

    @Test
    void theSameTokenWithoutTheNorthstarAudienceIsRefused() {
        String token = keycloakToken("ops-alice", "OPS").audience("account").sign();

        post("/api/asset/batteries/query", token)
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        String otherRealm = keycloakToken("ops-alice", "OPS").issuer("https://keycloak.test/realms/master").sign();
        String notKeycloak = keycloakToken("ops-alice", "OPS").issuer(TestIssuer.ISSUER).sign();

        post("/api/asset/batteries/query", otherRealm).expectStatus().isUnauthorized();
        post("/api/asset/batteries/query", notKeycloak).expectStatus().isUnauthorized();
    }

    /**
     * An access token as Keycloak issues it to the admin console: realm roles next to Keycloak's own, the audience
     * mapper's {@code northstar} next to {@code account}, and the user attributes' mappers' claims.
     */
    private static TestIssuer.Token keycloakToken(String subject, String... suiteRoles) {
        List<String> realmRoles = new ArrayList<>(List.of(suiteRoles));
        realmRoles.addAll(List.of("default-roles-northstar", "offline_access", "uma_authorization"));
        return ISSUER.token(subject)
                .without("roles")
                .issuer(REALM_ISSUER)
                .audiences("northstar", "account")
                .claim("typ", "Bearer")
                .claim("azp", "admin-console")
                .claim("scope", "openid profile email")
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", realmRoles))
                .claim("resource_access", Map.of("account", Map.of("roles", List.of("manage-account", "view-profile"))))
                .claim("merchantIds", List.of("M001", "M002"))
                .claim("tenantId", "7")
                .claim("shopIds", List.of("S1", "S2"));
    }

    private WebTestClient.ResponseSpec post(String path, String token) {
        return client().post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange();
    }
}
