package com.northstar.asset.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.asset.AssetIntegrationTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** The INTERNAL endpoints member-service calls: the migration bind and a member's assets. Nobody else may call them. */
class MigrationAndMemberAssetsIntegrationTest extends AssetIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void migrateBindsTheBatteryToTheMemberOutOfItsCabinetWithOneEvent() throws Exception {
        String bindingId = postOk(MIGRATE, INTERNAL, migration("WCU1001", "BT100001", "M001")).get("data")
                .get("bindingId").asString();

        assertThat(jdbc.sql("SELECT * FROM battery_binding WHERE id = ?").param(Long.parseLong(bindingId)).query()
                .singleRow()).containsEntry("user_id", "WCU1001").containsEntry("user_phone", "13800000001")
                .containsEntry("bound_cause", "MIGRATION").containsEntry("share_code", "M001SHARE");
        assertThat(jdbc.sql("SELECT user_id, cabinet_code, state FROM battery WHERE battery_code = 'BT100001'")
                .query().singleRow()).containsEntry("user_id", "WCU1001").containsEntry("cabinet_code", null)
                .containsEntry("state", 1);
        assertThat(events(BindingChangedEvent.TOPIC)).singleElement().satisfies(data -> {
            assertThat(data.get("bindingId").asString()).isEqualTo(bindingId);
            assertThat(data.get("state").asInt()).isEqualTo(1);
            assertThat(data.get("cause").asString()).isEqualTo("MIGRATION");
        });
    }

    @Test
    void migrateOfTheSameUserAndBatteryAgainAnswersTheSameBindingAndChangesNothing() throws Exception {
        String first = postOk(MIGRATE, INTERNAL, migration("WCU9001", "BTWC0001", "M002")).get("data")
                .get("bindingId").asString();
        String again = postOk(MIGRATE, INTERNAL, migration("WCU9001", "BTWC0001", "M002")).get("data")
                .get("bindingId").asString();

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("SELECT merchant_code FROM battery WHERE battery_code = 'BTWC0001'").query(String.class)
                .single()).as("a battery new here is registered to the member's merchant").isEqualTo("M002");
        assertThat(count("SELECT COUNT(*) FROM battery_binding WHERE battery_code = 'BTWC0001'")).isEqualTo(1);
        assertThat(events(BindingChangedEvent.TOPIC)).hasSize(1);
    }

    @Test
    void migrateOfABatteryBoundToSomeoneElseIs409() throws Exception {
        post(MIGRATE, INTERNAL, migration("WCU1001", "BT100002", "M001"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value(409));
        assertThat(events(BindingChangedEvent.TOPIC)).isEmpty();
    }

    @Test
    void migrateWithoutARequiredFieldIs400() throws Exception {
        Map<String, Object> body = new HashMap<>(migration("WCU1001", "BT100001", "M001"));
        body.remove("userPhone");
        post(MIGRATE, INTERNAL, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("missing required field userPhone"));
    }

    @Test
    void memberAssetsByPhoneAreThoseByUserIdAndAnUnknownMemberHasNone() throws Exception {
        JsonNode byUser = read(assets(INTERNAL, "userId", "100101").andExpect(status().isOk()).andReturn());
        JsonNode byPhone = read(assets(INTERNAL, "phoneNo", "13700001001").andExpect(status().isOk()).andReturn());

        assertThat(byPhone).isEqualTo(byUser);
        assertThat(byUser.get("data")).hasSize(4);
        JsonNode neverSwapped = read(assets(INTERNAL, "userId", "100201").andReturn()).get("data");
        assertThat(neverSwapped.findValues("assetType")).extracting(JsonNode::asInt)
                .as("current vehicle EV2001, current and initial battery BT200002, initial vehicle EV2001")
                .containsExactly(0, 1, 2, 3);
        assertThat(read(assets(INTERNAL, "userId", "nobody").andReturn()).get("data")).isEmpty();
    }

    @Test
    void memberAssetsNeedsExactlyOneOfUserIdAndPhone() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(MEMBER_ASSETS).headers(INTERNAL))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(400));
        mvc.perform(MockMvcRequestBuilders.get(MEMBER_ASSETS).param("userId", "100101")
                .param("phoneNo", "13700001001").headers(INTERNAL)).andExpect(status().isBadRequest());
    }

    @Test
    void internalEndpointsAreForbiddenToPeopleAndPartners() throws Exception {
        for (HttpHeaders outsider : List.of(OPS, PARTNER, merchant("M001"))) {
            post(MIGRATE, outsider, migration("WCU1001", "BT100001", "M001")).andExpect(status().isForbidden());
            assets(outsider, "userId", "100101").andExpect(status().isForbidden());
        }
        assertThat(count("SELECT COUNT(*) FROM battery_binding")).isEqualTo(4);
    }

    private ResultActions assets(HttpHeaders caller, String parameter, String value) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(MEMBER_ASSETS).param(parameter, value).headers(caller));
    }

    private static Map<String, Object> migration(String userId, String batteryCode, String merchantCode) {
        return Map.of("userId", userId, "userName", "张三", "userPhone", "13800000001", "batteryCode", batteryCode,
                "merchantCode", merchantCode);
    }
}
