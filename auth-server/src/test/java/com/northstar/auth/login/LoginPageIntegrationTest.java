package com.northstar.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.auth.support.AuthServerIntegrationTestSupport;
import com.northstar.auth.support.Browser;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The login page: its language, its form, its CSRF field, its errors. */
class LoginPageIntegrationTest extends AuthServerIntegrationTestSupport {

    @Autowired
    MeterRegistry meters;

    @Test
    void theLoginPageSpeaksChineseOrEnglishByAcceptLanguage() {
        String chinese = new Browser("zh-CN,zh;q=0.9").get(base() + "/login").body();
        String english = new Browser("en-US,en;q=0.9").get(base() + "/login").body();
        String other = new Browser("fr-FR").get(base() + "/login").body();

        assertThat(chinese).contains("lang=\"zh-CN\"", "<title>登录 - Northstar</title>", ">用户名</label>", ">密码</label>");
        assertThat(english).contains("lang=\"en\"", "<title>Sign in - Northstar</title>", ">Username</label>");
        assertThat(other).contains("lang=\"en\"", ">Username</label>");
    }

    @Test
    void theFormIsPlainAccessibleHtmlWithSpringSecuritysFieldNamesAndItsCsrfToken() {
        String page = new Browser("en").get(base() + "/login").body();

        assertThat(page).contains("<form method=\"post\" action=\"/login\">", "name=\"_csrf\"",
                "<label for=\"username\"", "id=\"username\" name=\"username\"", "autocomplete=\"username\"",
                "<label for=\"password\"", "id=\"password\" name=\"password\" type=\"password\"",
                "autocomplete=\"current-password\"", "<button type=\"submit\"").doesNotContain("<script");
    }

    @Test
    void aLoginWithoutTheCsrfFieldIsRefused() {
        Browser browser = new Browser("en");
        browser.get(base() + "/login");

        HttpResponse<String> response = browser.post(base() + "/login",
                Map.of("username", "ops", "password", DEMO_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordShowsTheErrorAnnouncedInTheTitleAndAnAlert() {
        Browser browser = new Browser("zh-CN");
        String page = browser.get(base() + "/login").body();

        HttpResponse<String> refused = browser.submit(base() + "/login", page,
                Map.of("username", "parking-office", "password", "not-the-password"));
        HttpResponse<String> errorPage = browser.get(Browser.location(refused));

        assertThat(Browser.location(refused)).endsWith("/login?error=bad_credentials");
        assertThat(errorPage.statusCode()).isEqualTo(401);
        assertThat(errorPage.body()).contains("<title>用户名或密码错误。 - 登录 - Northstar</title>",
                "role=\"alert\"", "aria-invalid=\"true\"", "aria-describedby=\"login-error\"");
        accounts.unlock("parking-office", "test", null);
    }

    @Test
    void loginsAreCountedByOutcome() {
        double succeeded = logins("success");
        double refused = logins("bad_credentials");
        Browser browser = new Browser("en");

        browser.submit(base() + "/login", browser.get(base() + "/login").body(),
                Map.of("username", "parking-office", "password", "not-the-password"));
        browser.submit(base() + "/login", browser.get(base() + "/login").body(),
                Map.of("username", "ops", "password", DEMO_PASSWORD));

        assertThat(logins("bad_credentials")).isEqualTo(refused + 1);
        assertThat(logins("success")).isEqualTo(succeeded + 1);
        accounts.unlock("parking-office", "test", null);
    }

    private double logins(String outcome) {
        return meters.get("auth.logins").tag("outcome", outcome).counter().count();
    }

    @Test
    void anUnknownPathIsNotFoundAndTheHomePageAsksForALogin() {
        Browser browser = new Browser("en");

        assertThat(browser.get(base() + "/actuator/health/readiness").statusCode()).isEqualTo(404);
        assertThat(browser.get(base() + "/nothing-here").statusCode()).isEqualTo(404);
        assertThat(Browser.location(browser.get(base() + "/"))).isEqualTo(base() + "/login");
    }

    @Test
    void aLoginOnItsOwnEndsOnTheHomePageAndSigningOutEndsTheSession() {
        Browser browser = new Browser("en");
        String page = browser.get(base() + "/login").body();
        HttpResponse<String> loggedIn = browser.submit(base() + "/login", page,
                Map.of("username", "ops", "password", DEMO_PASSWORD));
        HttpResponse<String> home = browser.get(Browser.location(loggedIn));

        HttpResponse<String> signedOut = browser.submit(base() + "/logout", home.body(), Map.of());

        assertThat(home.body()).contains("You are signed in as ops.");
        assertThat(Browser.location(signedOut)).isEqualTo(base() + "/login?logout");
        assertThat(browser.get(base() + "/login?logout").body()).contains("You have signed out.");
        assertThat(Browser.location(browser.get(base() + "/"))).isEqualTo(base() + "/login");
    }
}
