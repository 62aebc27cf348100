package com.northstar.asset.cabinet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.asset.AssetIntegrationTestSupport;
import com.northstar.asset.FakePartnerAdapter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** assetTankUpdate: moves a known cabinet, takes over an unknown one from Weichuang, fails closed. */
class TankUpdateIntegrationTest extends AssetIntegrationTestSupport {

    private static final String TK9001 = """
            {"tankCode":"TK9001","merchantId":"M002","merchantName":"北极星换电朝阳店","latitude":"39.900000",
             "longitude":"116.400000","address":"北京市朝阳区旧址1号","model":"WC-8","state":1,
             "cover":"https://img.example.com/tank/wc-8.png","operateMode":"加盟"}""";

    private final FakePartnerAdapter partner = FakePartnerAdapter.instance();

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void tankUpdateMovesAKnownCabinetAndPublishesCabinetChanged() throws Exception {
        postOk(TANK_UPDATE, PARTNER, location("TK1001", "39.960000", "116.300000", "北京市海淀区新址2号"));

        Map<String, Object> row = jdbc.sql("SELECT latitude, longitude, address FROM cabinet WHERE tank_code = 'TK1001'")
                .query().singleRow();
        assertThat(row).containsEntry("latitude", "39.960000").containsEntry("longitude", "116.300000")
                .containsEntry("address", "北京市海淀区新址2号");
        assertThat(events(CabinetChangedEvent.TOPIC)).singleElement().satisfies(data -> {
            assertThat(data.get("deviceId").asString()).isEqualTo("TK1001");
            assertThat(data.get("merchantCode").asString()).isEqualTo("M001");
            assertThat(data.get("merchantName").asString()).isEqualTo("北极星换电海淀店");
            assertThat(data.get("latitude").asString()).isEqualTo("39.960000");
            assertThat(data.get("address").asString()).isEqualTo("北京市海淀区新址2号");
            assertThat(data.get("cause").asString()).isEqualTo("LOCATION_UPDATED");
        });
        assertThat(partner.callerRoles()).as("a known cabinet needs no question to Weichuang").isEmpty();
    }

    @Test
    void tankUpdateWithTheSameLocationChangesNothingAndPublishesNothing() throws Exception {
        postOk(TANK_UPDATE, OPS, location("TK1001", "39.95991200", "116.298056", "北京市海淀区中关村大街1号"));

        assertThat(events(CabinetChangedEvent.TOPIC)).as("39.95991200 is the stored 39.959912").isEmpty();
        assertThat(jdbc.sql("SELECT latitude FROM cabinet WHERE tank_code = 'TK1001'").query(String.class).single())
                .isEqualTo("39.959912");
    }

    @Test
    void tankUpdateOfACabinetOnlyWeichuangKnowsCreatesItFromTankInfoWithOneEvent() throws Exception {
        partner.knows("TK9001", TK9001);

        postOk(TANK_UPDATE, PARTNER, location("TK9001", "39.910000", "116.410000", "北京市朝阳区新址9号"));

        Map<String, Object> row = jdbc.sql("SELECT * FROM cabinet WHERE tank_code = 'TK9001'").query().singleRow();
        assertThat(row).containsEntry("merchant_code", "M002").containsEntry("model", "WC-8")
                .containsEntry("operate_mode", "加盟").containsEntry("cover", "https://img.example.com/tank/wc-8.png")
                .containsEntry("latitude", "39.910000").containsEntry("address", "北京市朝阳区新址9号");
        assertThat(events(CabinetChangedEvent.TOPIC)).singleElement().satisfies(data -> {
            assertThat(data.get("deviceId").asString()).isEqualTo("TK9001");
            assertThat(data.get("merchantCode").asString()).isEqualTo("M002");
            assertThat(data.get("cause").asString()).isEqualTo("CREATED_FROM_PARTNER");
        });
        assertThat(partner.callerRoles()).as("asked as an INTERNAL caller").containsExactly("INTERNAL");
    }

    @Test
    void tankUpdateOfACabinetUnknownHereAndAtWeichuangIs404() throws Exception {
        post(TANK_UPDATE, PARTNER, location("TK0000", "39.9", "116.4", "无"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value(404))
                .andExpect(jsonPath("$.msg").value("tankCode TK0000 is unknown"));
        assertThat(count("SELECT COUNT(*) FROM cabinet WHERE tank_code = 'TK0000'")).isZero();
    }

    @Test
    void tankUpdateOfACabinetWeichuangNamesNoMerchantForIs502AndChangesNothing() throws Exception {
        partner.knows("TK9001", TK9001.replace("\"merchantId\":\"M002\",", ""));

        post(TANK_UPDATE, PARTNER, location("TK9001", "39.91", "116.41", "北京市朝阳区新址9号"))
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.code").value(502));
        assertThat(count("SELECT COUNT(*) FROM cabinet WHERE tank_code = 'TK9001'")).isZero();
        assertThat(events(CabinetChangedEvent.TOPIC)).isEmpty();
    }

    @Test
    void tankUpdateWhilePartnerAdapterAnswers503Is503AndChangesNothing() throws Exception {
        partner.knows("TK9001", TK9001);
        partner.mode(FakePartnerAdapter.Mode.UNAVAILABLE);

        assertRetryLater(location("TK9001", "39.91", "116.41", "北京市朝阳区新址9号"));
    }

    @Test
    void tankUpdateWhilePartnerAdapterDoesNotAnswerInTimeIs503AndChangesNothing() throws Exception {
        partner.knows("TK9001", TK9001);
        partner.mode(FakePartnerAdapter.Mode.SILENT);

        assertRetryLater(location("TK9001", "39.91", "116.41", "北京市朝阳区新址9号"));
    }

    @Test
    void tankUpdateWithAMissingFieldOrABadCoordinateIs400() throws Exception {
        post(TANK_UPDATE, PARTNER, Map.of("tankCode", "TK1001", "latitude", "39.9", "longitude", "116.4"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.msg").value("missing required field address"));
        post(TANK_UPDATE, PARTNER, location("TK1001", "north", "116.4", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("field latitude must be a decimal number"));
        post(TANK_UPDATE, PARTNER, location("TK1001", "39.9", "181", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("field longitude must be between -180 and 180"));
        post(TANK_UPDATE, PARTNER, "{\"tankCode\":[1],\"latitude\":\"1\",\"longitude\":\"1\",\"address\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(400));
        assertThat(events(CabinetChangedEvent.TOPIC)).isEmpty();
    }

    @Test
    void tankUpdateIsForbiddenToAMerchant() throws Exception {
        post(TANK_UPDATE, merchant("M001"), location("TK1001", "39.9", "116.4", "x"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value(403));
        assertThat(events(CabinetChangedEvent.TOPIC)).isEmpty();
    }

    private void assertRetryLater(Map<String, Object> body) throws Exception {
        JsonNode answer = read(post(TANK_UPDATE, PARTNER, body).andExpect(status().isServiceUnavailable()).andReturn());
        assertThat(answer.get("code").asInt()).isEqualTo(503);
        assertThat(answer.get("msg").asString()).contains("retry later");
        assertThat(count("SELECT COUNT(*) FROM cabinet WHERE tank_code = 'TK9001'")).isZero();
        assertThat(events(CabinetChangedEvent.TOPIC)).isEmpty();
    }

    private static Map<String, Object> location(String tankCode, String latitude, String longitude, String address) {
        return Map.of("tankCode", tankCode, "latitude", latitude, "longitude", longitude, "address", address);
    }
}
