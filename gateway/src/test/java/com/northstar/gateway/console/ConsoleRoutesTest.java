package com.northstar.gateway.console;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class ConsoleRoutesTest {

    private static final String ISSUER = "https://login.example.com/realms/northstar";

    private final WebTestClient console = client(ISSUER);

    private static WebTestClient client(String issuer) {
        ConsoleProperties properties = new ConsoleProperties(new ClassPathResource("console-fixture/"), issuer,
                "admin-console");
        return WebTestClient.bindToRouterFunction(new ConsoleRoutes(properties).consoleRouter()).build();
    }

    @Test
    void theConsolesRootAndItsOwnRoutesAnswerIndexHtmlNeverCachedWithItsContentSecurityPolicy() {
        for (String path : new String[] {"/console/", "/console/callback", "/console/merchant/swap-orders"}) {
            console.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentType(MediaType.TEXT_HTML)
                    .expectHeader().valueEquals("Cache-Control", "no-store")
                    .expectHeader().valueEquals("X-Frame-Options", "DENY")
                    .expectHeader().valueMatches("Content-Security-Policy",
                            ".*script-src 'self';.*connect-src 'self' https://login\\.example\\.com;.*frame-ancestors 'none'.*")
                    .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                            .contains("<div id=\"app\"></div>"));
        }
    }

    @Test
    void withoutTheSlashTheConsoleRedirectsToIt() {
        console.get().uri("/console").exchange()
                .expectStatus().isPermanentRedirect()
                .expectHeader().location("/console/");
    }

    @Test
    void hashedAssetsAreServedWithTheirTypeAndCachedForAYear() {
        console.get().uri("/console/assets/index-abc123.js").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/javascript")
                .expectHeader().valueEquals("Cache-Control", "max-age=31536000, public, immutable")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aMissingFileHiddenFileOrPathOutsideTheBuildIsNotFound() {
        for (String path : new String[] {"/console/assets/missing.js", "/console/.hidden",
                "/console/assets/../../application.yml", "/console/assets/%2e%2e/index.html"}) {
            console.get().uri(path).exchange().expectStatus().isNotFound();
        }
    }

    @Test
    void configJsonTellsTheBrowserThisEnvironmentsIssuerAndClient() {
        console.get().uri("/console/config.json").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-cache")
                .expectBody()
                .jsonPath("$.issuer").isEqualTo(ISSUER)
                .jsonPath("$.clientId").isEqualTo("admin-console");
    }

    @Test
    void withoutAnIssuerTheConsoleRefusesToServeRatherThanLogInNowhere() {
        WebTestClient unconfigured = client("");
        for (String path : new String[] {"/console/", "/console/config.json", "/console/assets/index-abc123.js"}) {
            unconfigured.get().uri(path).exchange().expectStatus().isEqualTo(503);
        }
    }
}
