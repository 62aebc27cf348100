package com.northstar.auth.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.auth.account.Access;
import com.northstar.auth.account.AccountService;
import com.northstar.auth.signing.SigningKeys;
import com.northstar.platform.test.MySqlTestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One auth-server on a real port against a fresh MariaDB schema, shared by every integration test class: the demo
 * accounts, two signing keys (the first signs, the second is the one it replaced), and a clock the account rules
 * read that tests move forward. Tests create accounts of their own where they change them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.config.enabled=false",
        "spring.security.oauth2.authorizationserver.issuer=" + AuthServerIntegrationTestSupport.ISSUER,
        "auth.demo-accounts.enabled=true",
        "auth.login-throttle.capacity=10000",
        "auth.client-access.reports-m001.roles=MERCHANT",
        "auth.client-access.reports-m001.merchant-ids=M001",
        "spring.security.oauth2.authorizationserver.client.reports-m001.registration.client-id=reports-m001",
        "spring.security.oauth2.authorizationserver.client.reports-m001.registration.client-secret={noop}reports-secret",
        "spring.security.oauth2.authorizationserver.client.reports-m001.registration.client-authentication-methods=client_secret_basic",
        "spring.security.oauth2.authorizationserver.client.reports-m001.registration.authorization-grant-types=client_credentials",
        "spring.security.oauth2.authorizationserver.client.nobody.registration.client-id=nobody",
        "spring.security.oauth2.authorizationserver.client.nobody.registration.client-secret={noop}nobody-secret",
        "spring.security.oauth2.authorizationserver.client.nobody.registration.client-authentication-methods=client_secret_basic",
        "spring.security.oauth2.authorizationserver.client.nobody.registration.authorization-grant-types=client_credentials"})
@Import(AuthServerIntegrationTestSupport.TestClock.class)
public abstract class AuthServerIntegrationTestSupport {

    public static final String ISSUER = "https://login.northstar.test";
    public static final String DEMO_PASSWORD = "local-only-password";
    public static final String LOOPBACK_CALLBACK = "http://127.0.0.1:43117/callback";

    /** The key that signs now, and the one it replaced (still published, so its tokens stay valid). */
    public static final String ACTIVE_KEY = SigningKeys.generatePem();
    public static final String RETIRED_KEY = SigningKeys.generatePem();

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = MySqlTestDatabase.freshSchema("it_auth");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", MySqlTestDatabase::user);
        registry.add("spring.datasource.password", MySqlTestDatabase::password);
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
        registry.add("auth.signing.keys", () -> ACTIVE_KEY + RETIRED_KEY);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        ShiftableClock shiftableClock() {
            return new ShiftableClock();
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected ShiftableClock clock;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected AccountService accounts;

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    /** The tokens of a finished authorization code flow. */
    public record Tokens(String accessToken, String refreshToken, String idToken) {
    }

    protected String authorizeUrl(Pkce pkce, String redirectUri) {
        return base() + "/oauth2/authorize?response_type=code&client_id=admin-console&scope=openid%20profile"
                + "&state=s-1&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                + "&code_challenge=" + pkce.challenge() + "&code_challenge_method=S256";
    }

    /**
     * The whole flow as the admin console runs it in a browser: the authorization request sends the browser to the
     * login page, the form is submitted, the browser comes back to the authorization request and is sent to the
     * redirect URI with a code, which the console exchanges with its PKCE verifier.
     */
    protected Tokens logIn(String username, String password) {
        Browser browser = new Browser("en");
        Pkce pkce = Pkce.generate();
        String code = codeAfterLogin(browser, username, password, pkce, LOOPBACK_CALLBACK);
        return exchange(code, pkce.verifier(), LOOPBACK_CALLBACK);
    }

    protected String codeAfterLogin(Browser browser, String username, String password, Pkce pkce,
            String redirectUri) {
        HttpResponse<String> toLogin = browser.get(authorizeUrl(pkce, redirectUri));
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(Browser.location(toLogin)).isEqualTo(base() + "/login");
        HttpResponse<String> loginPage = browser.get(base() + "/login");
        HttpResponse<String> loggedIn = browser.submit(base() + "/login", loginPage.body(),
                Map.of("username", username, "password", password));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> authorized = browser.get(Browser.location(loggedIn));
        assertThat(authorized.statusCode()).as("authorization answered %s", authorized.body()).isEqualTo(302);
        return codeOf(Browser.location(authorized));
    }

    protected static String codeOf(String redirect) {
        Matcher code = CODE.matcher(redirect);
        assertThat(code.find()).as("a code in %s", redirect).isTrue();
        return code.group(1);
    }

    protected Tokens exchange(String code, String verifier, String redirectUri) {
        HttpResponse<String> response = tokenRequest(Map.of("grant_type", "authorization_code",
                "client_id", "admin-console", "code", code, "redirect_uri", redirectUri, "code_verifier", verifier));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return tokens(response);
    }

    protected HttpResponse<String> refresh(String refreshToken) {
        return tokenRequest(Map.of("grant_type", "refresh_token", "client_id", "admin-console",
                "refresh_token", refreshToken));
    }

    protected HttpResponse<String> tokenRequest(Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.encode(form))).build());
    }

    protected static Tokens tokens(HttpResponse<String> response) {
        JsonNode body = JSON.readTree(response.body());
        return new Tokens(body.path("access_token").asString(null), body.path("refresh_token").asString(null),
                body.path("id_token").asString(null));
    }

    /** A JWT's claims or header, unverified: what a test reads after the server or a client has verified it. */
    protected static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    protected static JsonNode header(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
    }

    protected HttpResponse<String> api(String method, String path, String accessToken, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return send(request.build());
    }

    protected static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An account that has chosen its password (as if it had logged in once), for tests that change it. */
    protected void accountWithPassword(String username, String password, Access access) {
        accounts.create(username, password, access, "test", null);
        jdbc.sql("UPDATE account SET password_change_required = FALSE WHERE username = ?").param(username).update();
    }

    protected long auditRows(String username, String event) {
        return jdbc.sql("SELECT COUNT(*) FROM auth_audit WHERE username = ? AND event = ?").params(username, event)
                .query(Long.class).single();
    }
}
