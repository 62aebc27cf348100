package com.northstar.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/** The gateway's JSON log lines mask phone numbers and ID cards like the services' do. */
@ExtendWith(OutputCaptureExtension.class)
class GatewayLogMaskingIntegrationTest extends GatewayIntegrationTestBase {

    @Test
    void pathOfAFailedRequestIsLoggedMasked(CapturedOutput output) {
        client().post().uri("/api/stored-value/members/13812345678/cards")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("cashier", "POS").sign()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503);

        assertThat(output.getOut()).contains("/api/stored-value/members/138****5678/cards")
                .doesNotContain("13812345678");
    }

    @Test
    void everyLogLineOfTheGatewayIsMasked(CapturedOutput output) {
        LoggerFactory.getLogger(GatewayLogMaskingIntegrationTest.class)
                .info("member 11010519491231002X called from 13912345678");

        assertThat(output.getOut()).contains("member 110***********002X called from 139****5678")
                .doesNotContain("11010519491231002X").doesNotContain("13912345678");
    }
}
