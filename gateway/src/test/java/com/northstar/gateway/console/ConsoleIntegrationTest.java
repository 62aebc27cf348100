package com.northstar.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.gateway.support.GatewayIntegrationTestBase;
import com.northstar.gateway.support.TestIssuer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The gateway serves the console jar's build at /console/, beside the API it calls. */
class ConsoleIntegrationTest extends GatewayIntegrationTestBase {

    @Test
    void theConsoleBuildIsServedAtConsoleAndItsScriptsLoad() {
        String index = client().get().uri("/console/").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        Matcher script = Pattern.compile("src=\"(/console/assets/[^\"]+\\.js)\"").matcher(index);
        assertThat(script.find()).as("index.html names its entry script: %s", index).isTrue();
        client().get().uri(script.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/javascript");
    }

    @Test
    void theConsoleLogsInAtTheIssuerTheGatewayTrusts() {
        client().get().uri("/console/config.json").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.issuer").isEqualTo(TestIssuer.ISSUER);
    }

    @Test
    void theApiBesideTheConsoleStillNeedsAToken() {
        client().post().uri("/api/swap/orders/query").exchange().expectStatus().isUnauthorized();
    }
}
