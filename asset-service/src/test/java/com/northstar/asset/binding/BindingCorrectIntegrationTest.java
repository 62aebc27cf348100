package com.northstar.asset.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.asset.AssetIntegrationTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** assetBindingCorrect (2.2.17): the rules of correcting the battery of a binding. */
class BindingCorrectIntegrationTest extends AssetIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void correctEndsTheBindingAndBindsTheUserToTheGivenBatteryWithTwoEvents() throws Exception {
        postOk(BINDING_CORRECT, PARTNER, Map.of("id", "2", "batteryCode", "BT100003"));

        Map<String, Object> ended = jdbc.sql("SELECT * FROM battery_binding WHERE id = 2").query().singleRow();
        assertThat(ended).containsEntry("current_battery_code", null).containsEntry("unbound_cause", "CORRECTION");
        Map<String, Object> corrected = jdbc.sql("SELECT * FROM battery_binding WHERE id = 5").query().singleRow();
        assertThat(corrected).containsEntry("user_id", "100101").containsEntry("user_phone", "13700001001")
                .containsEntry("battery_code", "BT100003").containsEntry("merchant_code", "M001")
                .containsEntry("bound_cause", "CORRECTION");
        assertThat(jdbc.sql("SELECT user_id, cabinet_code FROM battery WHERE battery_code = 'BT100002'").query()
                .singleRow()).as("taken from the user to no known place").containsEntry("user_id", null)
                .containsEntry("cabinet_code", null);
        assertThat(jdbc.sql("SELECT user_id, cabinet_code FROM battery WHERE battery_code = 'BT100003'").query()
                .singleRow()).containsEntry("user_id", "100101").containsEntry("cabinet_code", null);
        List<JsonNode> events = events(BindingChangedEvent.TOPIC);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("bindingId").asString()).isEqualTo("2");
        assertThat(events.get(0).get("batteryCode").asString()).isEqualTo("BT100002");
        assertThat(events.get(0).get("state").asInt()).isZero();
        assertThat(events.get(1).get("bindingId").asString()).isEqualTo("5");
        assertThat(events.get(1).get("batteryCode").asString()).isEqualTo("BT100003");
        assertThat(events.get(1).get("state").asInt()).isEqualTo(1);
        assertThat(events).allSatisfy(data -> assertThat(data.get("cause").asString()).isEqualTo("CORRECTION"));
        JsonNode listed = postOk(BINDINGS, OPS, Map.of("userName", "陈静")).get("data").get("result");
        assertThat(listed).singleElement().satisfies(row ->
                assertThat(row.get("batteryCode").asString()).isEqualTo("BT100003"));
    }

    @Test
    void correctToTheBatteryTheBindingAlreadyHasChangesNothingAndPublishesNothing() throws Exception {
        JsonNode answer = postOk(BINDING_CORRECT, OPS, Map.of("id", "2", "batteryCode", "BT100002"));

        assertThat(answer.get("msg").asString()).isEqualTo("binding 2 already has battery BT100002");
        assertThat(count("SELECT COUNT(*) FROM battery_binding")).isEqualTo(4);
        assertThat(events(BindingChangedEvent.TOPIC)).isEmpty();
    }

    @Test
    void correctToABatteryBoundToSomeoneElseIs409AndChangesNothing() throws Exception {
        post(BINDING_CORRECT, OPS, Map.of("id", "2", "batteryCode", "BT200002"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value(409))
                .andExpect(jsonPath("$.msg").value("battery BT200002 is bound to another binding"));
        assertUnchanged();
    }

    @Test
    void correctOfAnUnknownBindingOrToAnUnknownBatteryIs404() throws Exception {
        post(BINDING_CORRECT, OPS, Map.of("id", "999", "batteryCode", "BT100003"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.msg").value("binding 999 does not exist"));
        post(BINDING_CORRECT, OPS, Map.of("id", "2", "batteryCode", "BT999999"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.msg").value("battery BT999999 is unknown"));
        assertUnchanged();
    }

    @Test
    void correctOfAnEndedBindingIs409() throws Exception {
        post(BINDING_CORRECT, OPS, Map.of("id", "1", "batteryCode", "BT100003"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.msg").value("binding 1 has ended; only a current binding can be corrected"));
        assertUnchanged();
    }

    @Test
    void correctWithABadIdOrWithoutBatteryIs400AndForbiddenToAMerchant() throws Exception {
        post(BINDING_CORRECT, OPS, Map.of("id", "two", "batteryCode", "BT100003"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(400));
        post(BINDING_CORRECT, OPS, Map.of("id", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("missing required field batteryCode"));
        post(BINDING_CORRECT, merchant("M001"), Map.of("id", "2", "batteryCode", "BT100003"))
                .andExpect(status().isForbidden());
        assertUnchanged();
    }

    private void assertUnchanged() {
        assertThat(count("SELECT COUNT(*) FROM battery_binding")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM battery_binding WHERE current_battery_code IS NOT NULL")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM battery_track")).isZero();
        assertThat(events(BindingChangedEvent.TOPIC)).isEmpty();
    }
}
