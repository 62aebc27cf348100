package com.northstar.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * The four asset lists: what their filters select, MERCHANT scoping where a MERCHANT may call (the body only
 * narrows the token's merchants; another merchant's code or a token without merchants gives an empty page), 403
 * where it may not, and bad input.
 */
class AssetQueryIntegrationTest extends AssetIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void assetVehicleOverdueListsOnlyRentalsPastTheirEndAndNotReturned() throws Exception {
        assertThat(codes(VEHICLE_OVERDUE, PARTNER, overdue("M001", "M002", "M003"), "code"))
                .as("EV1002 runs until 2099, EV1003 was returned").containsExactly("EV1001", "EV2001", "EV3001");
    }

    @Test
    void assetVehicleOverdueForAMerchantIsNarrowedToItsTokensMerchants() throws Exception {
        assertThat(codes(VEHICLE_OVERDUE, merchant("M001", "M002"), overdue("M001"), "code"))
                .containsExactly("EV1001");
        assertThat(codes(VEHICLE_OVERDUE, merchant("M001", "M002"), overdue("M001", "M002", "M003"), "code"))
                .containsExactly("EV1001", "EV2001");
        assertEmpty(VEHICLE_OVERDUE, merchant("M001"), overdue("M002"));
        assertEmpty(VEHICLE_OVERDUE, merchant(), overdue("M001", "M002"));
    }

    @Test
    void assetMemberBatteryQueryFiltersByPhoneNameAndBattery() throws Exception {
        assertThat(codes(MEMBER_BATTERIES, PARTNER, Map.of("merchantIds", List.of("M001", "M002", "M003")),
                "batteryCode")).as("current bindings, newest first").containsExactly("BT300002", "BT200002",
                        "BT100002");
        assertThat(codes(MEMBER_BATTERIES, PARTNER, Map.of("merchantIds", List.of("M001", "M002"),
                "phoneNo", "13700002001"), "batteryCode")).containsExactly("BT200002");
        assertThat(codes(MEMBER_BATTERIES, PARTNER, Map.of("merchantIds", List.of("M001", "M002"),
                "userName", "陈静"), "batteryCode")).containsExactly("BT100002");
        assertEmpty(MEMBER_BATTERIES, PARTNER, Map.of("merchantIds", List.of("M001"), "batteryCode", "BT100001"));
    }

    @Test
    void assetMemberBatteryQueryForAMerchantIsNarrowedToItsTokensMerchants() throws Exception {
        assertThat(codes(MEMBER_BATTERIES, merchant("M002"), Map.of("merchantIds", List.of("M001", "M002")),
                "batteryCode")).containsExactly("BT200002");
        assertEmpty(MEMBER_BATTERIES, merchant("M001"), Map.of("merchantIds", List.of("M003")));
        assertEmpty(MEMBER_BATTERIES, merchant(), Map.of("merchantIds", List.of("M001")));
    }

    @Test
    void assetBatteryQueryFiltersByMerchantNameAndCode() throws Exception {
        assertThat(codes(BATTERIES, OPS, Map.of("merchantIds", List.of("M003")), "batteryCode"))
                .containsExactly("BT300001", "BT300002");
        assertThat(codes(BATTERIES, OPS, Map.of("merchantIds", List.of("M001", "M002"), "userName", "杨洋"),
                "batteryCode")).containsExactly("BT200002");
        assertThat(codes(BATTERIES, PARTNER, Map.of("merchantIds", List.of("M001"), "batteryCode", "BT100003"),
                "batteryCode")).containsExactly("BT100003");
        assertEmpty(BATTERIES, OPS, Map.of("merchantIds", List.of()));
    }

    @Test
    void assetBindingQueryListsCurrentBindingsNarrowedByNameAndBattery() throws Exception {
        assertThat(codes(BINDINGS, PARTNER, Map.of("userName", "杨洋"), "batteryCode")).containsExactly("BT200002");
        assertThat(codes(BINDINGS, PARTNER, Map.of("batteryCode", "BT100002"), "id")).containsExactly("2");
        assertEmpty(BINDINGS, PARTNER, Map.of("batteryCode", "BT100001"));
    }

    @Test
    void aMerchantIsForbiddenTheOperationsAndPartnerOnlyLists() throws Exception {
        HttpHeaders merchant = merchant("M001");
        post(BATTERIES, merchant, Map.of("merchantIds", List.of("M001"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value(403));
        post(BINDINGS, merchant, Map.of()).andExpect(status().isForbidden());
        post(MEMBER_BATTERIES, OPS, Map.of("merchantIds", List.of("M001"))).andExpect(status().isForbidden());
        post(VEHICLE_OVERDUE, APP, overdue("M001")).andExpect(status().isForbidden());
    }

    @Test
    void pagesAreKopPagesAndTheCountCanBeSkipped() throws Exception {
        JsonNode second = postOk(BATTERIES, OPS, Map.of("merchantIds", List.of("M001", "M002"), "pageNo", 2,
                "pageSzie", 2)).get("data");
        assertThat(second.get("total").asLong()).isEqualTo(5);
        assertThat(second.get("pageSize").asInt()).isEqualTo(2);
        assertThat(second.get("result").findValues("batteryCode")).extracting(JsonNode::asString)
                .containsExactly("BT100003", "BT200001");
        JsonNode uncounted = postOk(BINDINGS, OPS, Map.of("withTotal", false)).get("data");
        assertThat(uncounted.has("total")).isFalse();
        assertThat(uncounted.get("result")).hasSize(3);
    }

    @Test
    void missingRequiredFieldsWrongTypesAndOutOfRangeValuesAre400() throws Exception {
        post(VEHICLE_OVERDUE, OPS, Map.of("merchantIds", List.of("M001"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("missing required field userType"));
        post(VEHICLE_OVERDUE, OPS, Map.of("userType", 3, "merchantIds", List.of("M001")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(400));
        post(VEHICLE_OVERDUE, OPS, Map.of("userType", "ops", "merchantIds", List.of("M001")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.msg").value("field userType has an invalid value"));
        post(MEMBER_BATTERIES, PARTNER, Map.of("phoneNo", "13700001001")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("missing required field merchantIds"));
        post(BATTERIES, OPS, Map.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("missing required field merchantIds"));
        post(BINDINGS, OPS, Map.of("pageSize", 501)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400));
        post(BATTERIES, OPS, "{\"merchantIds\":").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("malformed JSON body"));
    }

    private static Map<String, Object> overdue(String... merchantIds) {
        return Map.of("userType", 1, "merchantIds", List.of(merchantIds));
    }

    private List<String> codes(String path, HttpHeaders caller, Object body, String field) throws Exception {
        return postOk(path, caller, body).get("data").get("result").findValues(field).stream().map(JsonNode::asString)
                .toList();
    }

    private void assertEmpty(String path, HttpHeaders caller, Object body) throws Exception {
        JsonNode page = postOk(path, caller, body).get("data");
        assertThat(page.get("total").asLong()).isZero();
        assertThat(page.get("result")).isEmpty();
    }
}
