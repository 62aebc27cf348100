package com.northstar.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.auth.support.AuthServerIntegrationTestSupport;
import com.northstar.auth.support.Browser;
import com.northstar.auth.support.Pkce;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Operations' accounts API (authAccount*, authAuditQuery): OPS only, by this server's own tokens, every change
 * audited, and what a change takes away taken at once.
 */
class AccountsApiIntegrationTest extends AuthServerIntegrationTestSupport {

    private String ops;

    @BeforeEach
    void operator() {
        ops = logIn("ops", DEMO_PASSWORD).accessToken();
    }

    private HttpResponse<String> create(String username, String access) {
        return api("POST", "/api/auth/accounts", ops, """
                {"username": "%s", "temporaryPassword": "temporary-pass-1", "access": %s}""".formatted(username, access));
    }

    /** The first login of an account someone else gave a password: the person chooses one, then gets tokens. */
    private Tokens firstLogin(String username, String temporary, String chosen) {
        Browser browser = new Browser("en");
        Pkce pkce = Pkce.generate();
        browser.get(authorizeUrl(pkce, LOOPBACK_CALLBACK));
        String loginPage = browser.get(base() + "/login").body();
        HttpResponse<String> loggedIn = browser.submit(base() + "/login", loginPage,
                Map.of("username", username, "password", temporary));
        assertThat(Browser.location(loggedIn)).isEqualTo(base() + "/password");
        assertThat(browser.get(authorizeUrl(pkce, LOOPBACK_CALLBACK)).statusCode())
                .as("no code before the password is chosen").isEqualTo(302);
        String passwordPage = browser.get(base() + "/password").body();
        HttpResponse<String> chosenResponse = browser.submit(base() + "/password", passwordPage,
                Map.of("password", chosen, "confirmation", chosen));
        HttpResponse<String> authorized = browser.get(Browser.location(chosenResponse));
        return exchange(codeOf(Browser.location(authorized)), pkce.verifier(), LOOPBACK_CALLBACK);
    }

    @Test
    void authAccountCreateGivesAnAccountThatChoosesItsPasswordAtFirstLogin() {
        HttpResponse<String> created = create("amy-m002", """
                {"roles": ["MERCHANT"], "merchantIds": ["M002"]}""");

        Tokens tokens = firstLogin("amy-m002", "temporary-pass-1", "amy-chose-this-one");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(created.body()).path("data").path("passwordChangeRequired").asBoolean()).isTrue();
        JsonNode claims = claims(tokens.accessToken());
        assertThat(claims.path("sub").asString()).isEqualTo("amy-m002");
        assertThat(claims.path("roles").toString()).isEqualTo("[\"MERCHANT\"]");
        assertThat(claims.path("merchantIds").toString()).isEqualTo("[\"M002\"]");
        assertThat(logIn("amy-m002", "amy-chose-this-one").accessToken()).isNotBlank();
        assertThat(auditRows("amy-m002", "ACCOUNT_CREATED")).isEqualTo(1);
        assertThat(auditRows("amy-m002", "PASSWORD_CHANGED")).isEqualTo(1);
    }

    @Test
    void theChosenPasswordFollowsTheRules() {
        create("bob-park", "{\"roles\": [\"PARK\"]}");
        Browser browser = new Browser("en");
        String loginPage = browser.get(base() + "/login").body();
        browser.submit(base() + "/login", loginPage, Map.of("username", "bob-park", "password", "temporary-pass-1"));
        String page = browser.get(base() + "/password").body();

        HttpResponse<String> tooShort = browser.submit(base() + "/password", page,
                Map.of("password", "short", "confirmation", "short"));
        HttpResponse<String> same = browser.submit(base() + "/password", page,
                Map.of("password", "temporary-pass-1", "confirmation", "temporary-pass-1"));
        HttpResponse<String> differ = browser.submit(base() + "/password", page,
                Map.of("password", "one-long-password", "confirmation", "another-long-one"));

        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("The password is too short.");
        assertThat(same.body()).contains("Choose a password other than the one you were given.");
        assertThat(differ.body()).contains("The two passwords differ.");
    }

    @Test
    void authAccountCreateRefusesATakenUsernameAndAnIncompleteAccess() {
        create("carol-pos", "{\"roles\": [\"POS\"], \"tenantId\": \"T001\", \"shopIds\": [\"1\"]}");

        HttpResponse<String> taken = create("carol-pos", "{\"roles\": [\"PARK\"]}");
        HttpResponse<String> merchantWithoutMerchants = create("dave-m", "{\"roles\": [\"MERCHANT\"]}");
        HttpResponse<String> partnerRole = create("eve-p", "{\"roles\": [\"PARTNER\"]}");
        HttpResponse<String> shortPassword = api("POST", "/api/auth/accounts", ops, """
                {"username": "fay", "temporaryPassword": "short", "access": {"roles": ["PARK"]}}""");

        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).startsWith("{\"code\":409,");
        assertThat(merchantWithoutMerchants.statusCode()).isEqualTo(400);
        assertThat(partnerRole.statusCode()).isEqualTo(400);
        assertThat(shortPassword.statusCode()).isEqualTo(400);
    }

    @Test
    void theAccountsApiIsForOperatorsWithThisServersTokensOnly() {
        String merchant = logIn("merchant-m001", DEMO_PASSWORD).accessToken();

        HttpResponse<String> anonymous = api("GET", "/api/auth/accounts", null, null);
        HttpResponse<String> notOps = api("GET", "/api/auth/accounts", merchant, null);
        HttpResponse<String> forged = api("GET", "/api/auth/accounts", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJvcHMifQ.", null);
        HttpResponse<String> opsList = api("GET", "/api/auth/accounts?pageSize=100", ops, null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).isEqualTo("{\"code\":401,\"msg\":\"authentication required\"}");
        assertThat(notOps.statusCode()).isEqualTo(403);
        assertThat(notOps.body()).startsWith("{\"code\":403,");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(opsList.statusCode()).isEqualTo(200);
        assertThat(opsList.body()).contains("\"username\":\"cashier-t001\"").doesNotContain("password_hash", "$2a$");
    }

    @Test
    void authAccountDisableStopsLoginAndRefreshAtOnceAndEnableRestoresLogin() {
        accountWithPassword("gus-park", "gus-own-password", new Access(java.util.Set.of(
                com.northstar.platform.core.caller.Role.PARK), java.util.List.of(), null, java.util.List.of()));
        Tokens before = logIn("gus-park", "gus-own-password");

        HttpResponse<String> disabled = api("POST", "/api/auth/accounts/gus-park/disable", ops, null);
        HttpResponse<String> refreshAfterDisable = refresh(before.refreshToken());
        Browser browser = new Browser("en");
        String page = browser.get(base() + "/login").body();
        HttpResponse<String> loginAfterDisable = browser.submit(base() + "/login", page,
                Map.of("username", "gus-park", "password", "gus-own-password"));
        HttpResponse<String> enabled = api("POST", "/api/auth/accounts/gus-park/enable", ops, null);

        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(refreshAfterDisable.statusCode()).isEqualTo(400);
        assertThat(refreshAfterDisable.body()).contains("invalid_grant");
        assertThat(Browser.location(loginAfterDisable)).endsWith("error=disabled");
        assertThat(enabled.statusCode()).isEqualTo(200);
        assertThat(logIn("gus-park", "gus-own-password").accessToken()).isNotBlank();
        assertThat(auditRows("gus-park", "ACCOUNT_DISABLED")).isEqualTo(1);
        assertThat(auditRows("gus-park", "ACCOUNT_ENABLED")).isEqualTo(1);
    }

    @Test
    void authAccountAccessSetChangesTheClaimsOfTheNextTokens() {
        create("hal-m", "{\"roles\": [\"MERCHANT\"], \"merchantIds\": [\"M003\"]}");
        firstLogin("hal-m", "temporary-pass-1", "hal-own-password");

        HttpResponse<String> changed = api("PUT", "/api/auth/accounts/hal-m/access", ops,
                "{\"roles\": [\"MERCHANT\"], \"merchantIds\": [\"M003\", \"M004\"]}");

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(claims(logIn("hal-m", "hal-own-password").accessToken()).path("merchantIds").toString())
                .isEqualTo("[\"M003\",\"M004\"]");
        assertThat(auditRows("hal-m", "ACCESS_CHANGED")).isEqualTo(1);
    }

    @Test
    void authAccountPasswordResetForcesAChangeAtTheNextLogin() {
        create("ian-park", "{\"roles\": [\"PARK\"]}");
        Tokens first = firstLogin("ian-park", "temporary-pass-1", "ian-own-password");

        HttpResponse<String> reset = api("POST", "/api/auth/accounts/ian-park/password-reset", ops,
                "{\"temporaryPassword\": \"another-temporary-1\"}");

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(refresh(first.refreshToken()).statusCode()).isEqualTo(400);
        assertThat(firstLogin("ian-park", "another-temporary-1", "ian-newer-password").accessToken()).isNotBlank();
        assertThat(auditRows("ian-park", "PASSWORD_RESET")).isEqualTo(1);
    }

    @Test
    void authAuditQueryListsAnAccountsHistoryNewestFirst() {
        create("jon-park", "{\"roles\": [\"PARK\"]}");
        api("POST", "/api/auth/accounts/jon-park/disable", ops, null);

        JsonNode rows = JSON.readTree(api("GET", "/api/auth/audit?username=jon-park", ops, null).body())
                .path("data").path("result");

        assertThat(rows.get(0).path("event").asString()).isEqualTo("ACCOUNT_DISABLED");
        assertThat(rows.get(0).path("actor").asString()).isEqualTo("ops");
        assertThat(rows.get(0).path("clientIp").asString()).isEqualTo("127.0.0.1");
        assertThat(rows.get(1).path("event").asString()).isEqualTo("ACCOUNT_CREATED");
    }

    @Test
    void anOperatorCannotDisableThemselves() {
        assertThat(api("POST", "/api/auth/accounts/ops/disable", ops, null).statusCode()).isEqualTo(409);
    }
}
