package com.northstar.partner.weichuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.partner.PartnerIntegrationTestSupport;
import com.northstar.partner.weichuang.WeichuangWire.PhoneQuery;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The Feign client itself against the simulator: signed, no INTERNAL headers, and never a resend of its own. */
class WeichuangClientIntegrationTest extends PartnerIntegrationTestSupport {

    private static final String USER_INFO = "/wc/users/info";

    @Autowired
    private WeichuangClient client;

    @Test
    void everyCallIsSignedWithTheSuitesKeyAndCarriesNoInternalCallerHeaders() {
        assertThat(client.userInfo(new PhoneQuery("13800000001")).data().phoneNo()).isEqualTo("13800000001");

        JsonNode call = SIMULATOR.calls(USER_INFO).get(0);
        assertThat(call.get("status").asInt()).isEqualTo(200);
        JsonNode headers = call.get("headers");
        assertThat(header(headers, "X-App-Key")).isEqualTo("northstar-local");
        assertThat(header(headers, "X-Signature")).matches("[0-9a-f]{64}");
        assertThat(header(headers, "X-Nonce")).isNotBlank();
        assertThat(header(headers, "X-Timestamp")).matches("\\d{13}");
        assertThat(header(headers, "X-Auth-Subject")).isNull();
        assertThat(header(headers, "X-Auth-Roles")).isNull();
    }

    @Test
    void weichuangRefusesAnUnsignedOrBadlySignedCall() {
        assertThat(SIMULATOR.post(USER_INFO, "{\"phoneNo\":\"13800000001\"}", Map.of()).statusCode()).isEqualTo(401);
        assertThat(SIMULATOR.post(USER_INFO, "{\"phoneNo\":\"13800000001\"}", Map.of("X-App-Key", "northstar-local",
                "X-Timestamp", Long.toString(System.currentTimeMillis()), "X-Nonce", "n-1",
                "X-Signature", "00".repeat(32))).statusCode()).isEqualTo(401);
    }

    @Test
    void aResetAnswerToACallThatIsNotRetriedReachesWeichuangExactlyOnce() {
        SIMULATOR.fault(USER_INFO, "RESET", 5, 0);

        assertThatThrownBy(() -> client.userInfo(new PhoneQuery("13800000001"))).isNotNull();

        assertThat(SIMULATOR.calls(USER_INFO)).as("the HTTP client sent it once and did not resend it").hasSize(1);
    }

    private static String header(JsonNode headers, String name) {
        for (var entry : headers.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                JsonNode value = entry.getValue();
                return value.isArray() ? value.get(0).asString() : value.asString();
            }
        }
        return null;
    }
}
