package com.northstar.auth.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.auth.support.AuthServerIntegrationTestSupport;
import com.northstar.auth.support.Browser;
import com.northstar.auth.support.Pkce;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Discovery, the authorization code flow with PKCE, refresh rotation and client credentials, as clients use them. */
class AuthorizationCodeFlowIntegrationTest extends AuthServerIntegrationTestSupport {

    @Test
    void discoveryDocumentNamesThePublicIssuerAndOnlyTheGrantsOffered() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(base() + "/.well-known/openid-configuration")).build());
        JsonNode discovery = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(discovery.path("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.path("authorization_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
        assertThat(discovery.path("response_types_supported").toString()).isEqualTo("[\"code\"]");
        assertThat(discovery.path("grant_types_supported").toString())
                .contains("authorization_code", "refresh_token", "client_credentials")
                .doesNotContain("implicit", "\"password\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "http://localhost:8080", "http://localhost:5173" })
    void theAdminConsolesOriginsReadDiscoveryAndMayPostToTheTokenEndpointCrossOrigin(String origin) {
        HttpResponse<String> discovery = send(HttpRequest.newBuilder(
                URI.create(base() + "/.well-known/openid-configuration")).header("Origin", origin).build());
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.headers().firstValue("Access-Control-Allow-Origin")).contains(origin);
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(origin);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void anOriginNoBrowserClientIsRegisteredAtIsNotAllowedCrossOrigin() {
        HttpResponse<String> discovery = send(HttpRequest.newBuilder(
                URI.create(base() + "/.well-known/openid-configuration")).header("Origin", "https://evil.example")
                .build());
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(discovery.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ops            | [\"OPS\"]      | []         |      | []",
            "merchant-m001  | [\"MERCHANT\"] | [\"M001\"] |      | []",
            "cashier-t001   | [\"POS\"]      | []         | T001 | [\"1\",\"2\"]",
            "cashier-t002   | [\"POS\"]      | []         | T002 | [\"3\"]",
            "parking-office | [\"PARK\"]     | []         |      | []"})
    void everyDemoAccountGetsAnAccessTokenWithItsClaimsForTheGateway(String username, String roles,
            String merchantIds, String tenantId, String shopIds) {
        Tokens tokens = logIn(username, DEMO_PASSWORD);
        JsonNode claims = claims(tokens.accessToken());

        assertThat(claims.path("iss").asString()).isEqualTo(ISSUER);
        assertThat(claims.path("sub").asString()).isEqualTo(username);
        assertThat(claims.path("aud").toString()).contains("\"northstar\"");
        assertThat(claims.path("roles").toString()).isEqualTo(roles);
        assertThat(claims.path("merchantIds").toString()).isEqualTo(merchantIds);
        assertThat(claims.path("tenantId").asString(null)).isEqualTo(tenantId);
        assertThat(claims.path("shopIds").toString()).isEqualTo(shopIds);
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(15 * 60);
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(tokens.idToken()).isNotBlank();
    }

    @Test
    void loginAsksNoConsentAndTheLoopbackRedirectTakesAnyPort() {
        Browser browser = new Browser("en");
        Pkce pkce = Pkce.generate();

        String code = codeAfterLogin(browser, "ops", DEMO_PASSWORD, pkce, "http://127.0.0.1:59999/callback");

        assertThat(exchange(code, pkce.verifier(), "http://127.0.0.1:59999/callback").accessToken()).isNotBlank();
    }

    @Test
    void theAdminConsoleCallbackIsAcceptedExactly() {
        Browser browser = new Browser("en");
        Pkce pkce = Pkce.generate();

        String code = codeAfterLogin(browser, "ops", DEMO_PASSWORD, pkce, "http://localhost:5173/callback");

        assertThat(exchange(code, pkce.verifier(), "http://localhost:5173/callback").accessToken()).isNotBlank();
    }

    @Test
    void refreshRotatesTheRefreshTokenAndTheUsedOneIsRefused() {
        Tokens first = logIn("ops", DEMO_PASSWORD);

        HttpResponse<String> refreshed = refresh(first.refreshToken());
        Tokens second = tokens(refreshed);
        HttpResponse<String> reused = refresh(first.refreshToken());

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(second.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
        assertThat(claims(second.accessToken()).path("roles").toString()).isEqualTo("[\"OPS\"]");
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(reused.body()).contains("invalid_grant");
        assertThat(refresh(second.refreshToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnregisteredRedirectUriNeverReceivesACode() {
        Browser browser = new Browser("en");
        Pkce pkce = Pkce.generate();
        HttpResponse<String> loginPage = browser.get(base() + "/login");
        browser.submit(base() + "/login", loginPage.body(), Map.of("username", "ops", "password", DEMO_PASSWORD));

        for (String redirect : List.of("https://evil.example/callback", "http://localhost:5174/callback",
                "http://localhost:5173/callback/extra", "http://127.0.0.1:8080/other")) {
            HttpResponse<String> response = browser.get(authorizeUrl(pkce, redirect));
            assertThat(response.statusCode()).as(redirect).isEqualTo(400);
            assertThat(response.headers().firstValue("Location")).as(redirect).isEmpty();
        }
    }

    @Test
    void aCodeIsExchangedOnlyWithItsOwnVerifierAndOnlyOnce() {
        Browser browser = new Browser("en");
        Pkce pkce = Pkce.generate();
        String code = codeAfterLogin(browser, "ops", DEMO_PASSWORD, pkce, LOOPBACK_CALLBACK);

        HttpResponse<String> wrongVerifier = tokenRequest(Map.of("grant_type", "authorization_code",
                "client_id", "admin-console", "code", code, "redirect_uri", LOOPBACK_CALLBACK,
                "code_verifier", Pkce.generate().verifier()));
        HttpResponse<String> noVerifier = tokenRequest(Map.of("grant_type", "authorization_code",
                "client_id", "admin-console", "code", code, "redirect_uri", LOOPBACK_CALLBACK));

        assertThat(wrongVerifier.statusCode()).isIn(400, 401);
        assertThat(wrongVerifier.body()).containsAnyOf("invalid_grant", "invalid_client");
        assertThat(noVerifier.statusCode()).isIn(400, 401);
    }

    @Test
    void aPublicClientMustUsePkce() {
        Browser browser = new Browser("en");
        HttpResponse<String> loginPage = browser.get(base() + "/login");
        browser.submit(base() + "/login", loginPage.body(), Map.of("username", "ops", "password", DEMO_PASSWORD));

        HttpResponse<String> withoutChallenge = browser.get(base() + "/oauth2/authorize?response_type=code"
                + "&client_id=admin-console&scope=openid&state=s&redirect_uri=http://localhost:5173/callback");

        assertThat(withoutChallenge.statusCode()).isEqualTo(302);
        assertThat(Browser.location(withoutChallenge)).startsWith("http://localhost:5173/callback?error=invalid_request")
                .doesNotContain("code=");
    }

    @Test
    void neitherImplicitNorPasswordGrantsAreOffered() {
        Browser browser = new Browser("en");
        HttpResponse<String> implicit = browser.get(base() + "/oauth2/authorize?response_type=token"
                + "&client_id=admin-console&scope=openid&redirect_uri=http://localhost:5173/callback");
        HttpResponse<String> password = tokenRequest(Map.of("grant_type", "password", "client_id", "admin-console",
                "username", "ops", "password", DEMO_PASSWORD));

        assertThat(implicit.headers().firstValue("Location").orElse("")).doesNotContain("access_token");
        assertThat(password.statusCode()).isIn(400, 401);
        assertThat(password.body()).doesNotContain("access_token");
    }

    @Test
    void clientCredentialsGiveAnIntegrationTheAccessConfiguredForIt() {
        HttpResponse<String> granted = send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Authorization", basic("reports-m001", "reports-secret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        HttpResponse<String> wrongSecret = send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Authorization", basic("reports-m001", "guess"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        HttpResponse<String> noAccessConfigured = send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Authorization", basic("nobody", "nobody-secret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());

        JsonNode claims = claims(tokens(granted).accessToken());
        assertThat(claims.path("sub").asString()).isEqualTo("reports-m001");
        assertThat(claims.path("roles").toString()).isEqualTo("[\"MERCHANT\"]");
        assertThat(claims.path("merchantIds").toString()).isEqualTo("[\"M001\"]");
        assertThat(claims.path("aud").toString()).contains("\"northstar\"");
        assertThat(tokens(granted).refreshToken()).isNull();
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(noAccessConfigured.statusCode()).isIn(400, 401);
        assertThat(noAccessConfigured.body()).doesNotContain("access_token");
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes());
    }
}
