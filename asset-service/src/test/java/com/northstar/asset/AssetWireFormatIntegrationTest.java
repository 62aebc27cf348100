package com.northstar.asset;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Pins the wire format of seed 000 against golden files in {@code src/test/resources/golden}: every field name of
 * each asset operation's answer (nulls included), the KOP page and the KOP failure envelope. Comparison is strict:
 * no field may be missing or extra, values must match.
 */
class AssetWireFormatIntegrationTest extends AssetIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void assetTankUpdateAnswersTheKopEnvelopeWithoutData() throws Exception {
        assertGolden("asset-tank-update-ok.json", call(TANK_UPDATE, PARTNER, Map.of("tankCode", "TK1001",
                "latitude", "39.96", "longitude", "116.3", "address", "北京市海淀区新址2号")));
    }

    @Test
    void assetVehicleOverdueRowsCarryTheVehicleAndTheOverdueFields() throws Exception {
        assertGolden("asset-vehicle-overdue.json", call(VEHICLE_OVERDUE, OPS, Map.of("userType", 1,
                "merchantIds", List.of("M001", "M002", "M003"), "pageSize", 2)));
    }

    @Test
    void assetMemberBatteryQueryRowsMatchTheSeed() throws Exception {
        assertGolden("asset-member-battery-query.json", call(MEMBER_BATTERIES, PARTNER,
                Map.of("merchantIds", List.of("M001", "M002"))));
    }

    @Test
    void assetBatteryQueryRowsCarryPlaceChargeAndEstimates() throws Exception {
        assertGolden("asset-battery-query.json", call(BATTERIES, OPS, Map.of("merchantIds", List.of("M001", "M002"),
                "pageSize", 4)));
    }

    @Test
    void assetBindingQueryRowsMatchTheSeed() throws Exception {
        assertGolden("asset-binding-query.json", call(BINDINGS, OPS, Map.of()));
    }

    @Test
    void assetBindingCorrectAnswersTheKopEnvelopeWithoutData() throws Exception {
        assertGolden("asset-binding-correct-ok.json", call(BINDING_CORRECT, OPS, Map.of("id", "2",
                "batteryCode", "BT100003")));
    }

    @Test
    void internalEndpointsAnswerTheContractsShapes() throws Exception {
        assertGolden("asset-migrate-ok.json", call(MIGRATE, INTERNAL, Map.of("userId", "WCU1001",
                "userName", "张三", "userPhone", "13800000001", "batteryCode", "BT300001", "merchantCode", "M003")));
        String assets = mvc.perform(MockMvcRequestBuilders.get(MEMBER_ASSETS).param("userId", "100101")
                .headers(INTERNAL)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertGolden("asset-member-assets.json", assets);
    }

    @Test
    void failuresUseTheKopFailureEnvelopeWithoutData() throws Exception {
        assertGolden("kop-failure-missing-field.json", call(BINDING_CORRECT, OPS, Map.of("batteryCode", "BT100003")));
        assertGolden("kop-failure-forbidden.json", call(BATTERIES, merchant("M001"), Map.of("merchantIds",
                List.of("M001"))));
    }

    private String call(String path, HttpHeaders caller, Object body) throws Exception {
        return post(path, caller, body).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertGolden(String file, String actual) throws Exception {
        JSONAssert.assertEquals(resource("golden/" + file), actual, JSONCompareMode.STRICT);
    }
}
