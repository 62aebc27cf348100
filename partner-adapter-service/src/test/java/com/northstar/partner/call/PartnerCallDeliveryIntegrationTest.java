package com.northstar.partner.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.partner.PartnerIntegrationTestSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * asset.binding-changed and member.migration-completed become wcBindingUpdate and wcMigrationDone calls that
 * reach the simulator once each, a battery's in event order; a call Weichuang does not answer is parked, retried on
 * the schedule, and can be made due now by OPS (partnerCallRetry).
 */
class PartnerCallDeliveryIntegrationTest extends PartnerIntegrationTestSupport {

    private static final String BINDING = "/wc/batteries/binding";
    private static final String MIGRATION_DONE = "/wc/users/migration-done";

    @Test
    void bindingChangesReachWeichuangAsWcBindingUpdatesInEventOrderPerBattery() throws Exception {
        bindingChanged("BT100001", "U-1", "13800000001", 0);
        bindingChanged("BT100002", "U-1", "13800000001", 1);
        bindingChanged("BT100001", "U-2", "13800000002", 1);
        bindingChanged("BT100001", "U-2", "13800000002", 0);

        awaitUntil(() -> delivered(CallOperation.BINDING_UPDATE) == 4);

        List<JsonNode> bodies = SIMULATOR.calls(BINDING).stream().map(call -> json.readTree(call.get("body")
                .asString())).toList();
        assertThat(bodies).hasSize(4);
        assertThat(bodies.stream().filter(body -> body.get("batteryCode").asString().equals("BT100001"))
                .map(body -> body.get("userId").asString() + "/" + body.get("state").asInt()).toList())
                .containsExactly("U-1/0", "U-2/1", "U-2/0");
        JsonNode first = bodies.stream().filter(body -> body.get("batteryCode").asString().equals("BT100002"))
                .findFirst().orElseThrow();
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("batteryCode", "userId", "userPhone", "state");
        assertThat(first.get("userPhone").asString()).isEqualTo("13800000001");
    }

    @Test
    void aRedeliveredBindingChangedEventMakesNoSecondCall() throws Exception {
        String eventId = bindingChanged("BT200001", "U-3", "13800000002", 1);
        awaitUntil(() -> delivered(CallOperation.BINDING_UPDATE) == 1);

        publish("asset.binding-changed", "BT200001", "BatteryBindingChanged",
                binding("BT200001", "U-3", "13800000002", 1), eventId);
        bindingChanged("BT200002", "U-3", "13800000002", 1);
        awaitUntil(() -> delivered(CallOperation.BINDING_UPDATE) == 2);

        assertThat(SIMULATOR.calls(BINDING).stream().filter(call -> call.get("body").asString()
                .contains("BT200001"))).hasSize(1);
    }

    @Test
    void migrationCompletedReachesWeichuangAsWcMigrationDone() throws Exception {
        publish("member.migration-completed", "13912340001", "MemberMigrationCompleted",
                Map.of("phoneNo", "13912340001", "userId", "WC13912340001", "memberId", 77, "merchantCode", "M001"));

        awaitUntil(() -> delivered(CallOperation.MIGRATION_DONE) == 1);

        JsonNode body = json.readTree(SIMULATOR.calls(MIGRATION_DONE).get(0).get("body").asString());
        assertThat(body.get("phoneNo").asString()).isEqualTo("13912340001");
        assertThat(body.get("userId").asString()).isEqualTo("WC13912340001");
    }

    @Test
    void aCallWeichuangDoesNotAnswerIsParkedThenRetriedOnTheScheduleAndDelivered() throws Exception {
        SIMULATOR.fault(BINDING, "FAIL", 3, 0);
        bindingChanged("BT100002", "U-4", "13800000001", 1);

        awaitUntil(() -> state(CallOperation.BINDING_UPDATE).equals("DELIVERED"));

        assertThat(SIMULATOR.calls(BINDING)).hasSize(4);
        assertThat(count("SELECT attempts FROM partner_call")).as("a second, scheduled round").isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM partner_call_attempt WHERE outcome = 'UNAVAILABLE'"))
                .as("the first round's three attempts").isEqualTo(3);
    }

    @Test
    void aLaterCallOfTheSameBatteryWaitsWhileAnEarlierOneIsParked() throws Exception {
        SIMULATOR.fault(BINDING, "FAIL", 1000, 0);
        bindingChanged("BT100001", "U-5", "13800000001", 1);
        awaitUntil(() -> state(CallOperation.BINDING_UPDATE).equals("PARKED"));
        bindingChanged("BT100001", "U-5", "13800000001", 0);
        awaitUntil(() -> count("SELECT COUNT(*) FROM partner_call") == 2);
        Thread.sleep(1500);
        assertThat(SIMULATOR.calls(BINDING).stream().filter(call -> call.get("body").asString()
                .contains("\"state\":0"))).as("the later update waits behind the parked one").isEmpty();

        SIMULATOR.clearFaults();
        awaitUntil(() -> delivered(CallOperation.BINDING_UPDATE) == 2);

        List<String> states = SIMULATOR.calls(BINDING).stream().filter(call -> call.get("status").asInt() == 200)
                .map(call -> json.readTree(call.get("body").asString()).get("state").asString()).toList();
        assertThat(states).containsExactly("1", "0");
    }

    @Test
    void partnerCallRetryMakesAParkedCallDueNowAndOpsCanSeeItsAttempts() throws Exception {
        SIMULATOR.fault(BINDING, "FAIL", 1000, 0);
        bindingChanged("BT300001", "U-6", "13800000003", 1);
        awaitUntil(() -> state(CallOperation.BINDING_UPDATE).equals("PARKED"));
        long id = count("SELECT id FROM partner_call");

        JsonNode page = read(post("/api/partner/calls/query", OPS, Map.of("state", "PARKED", "key", "BT300001"))
                .andExpect(status().isOk()).andReturn()).get("data");
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode parked = page.get("result").get(0);
        assertThat(parked.get("operation").asString()).isEqualTo("BINDING_UPDATE");
        assertThat(parked.get("request").get("userPhone").asString()).isEqualTo("138****0003");
        assertThat(parked.get("lastAttempts").size()).isBetween(3, 5);
        assertThat(parked.get("lastAttempts").get(0).get("status").asInt()).isEqualTo(500);

        // Next scheduled round far away: only partnerCallRetry can make it due now.
        jdbc.sql("UPDATE partner_call SET next_attempt_at = '2099-01-01 00:00:00'").update();
        SIMULATOR.clearFaults();
        JsonNode retried = read(post("/api/partner/calls/retry", OPS, Map.of("id", id))
                .andExpect(status().isOk()).andReturn()).get("data");
        assertThat(retried.get("state").asString()).isIn("PENDING", "DELIVERED");
        awaitUntil(() -> state(CallOperation.BINDING_UPDATE).equals("DELIVERED"));

        post("/api/partner/calls/retry", OPS, Map.of("id", id)).andExpect(status().isConflict());
        post("/api/partner/calls/retry", OPS, Map.of("id", id + 1000)).andExpect(status().isNotFound());
    }

    @Test
    void partnerCallOperationsAreForOpsOnly() throws Exception {
        post("/api/partner/calls/query", MERCHANT, Map.of()).andExpect(status().isForbidden());
        post("/api/partner/calls/retry", INTERNAL, Map.of("id", 1)).andExpect(status().isForbidden());
        post("/api/partner/calls/query", OPS, Map.of("state", "NOT_A_STATE")).andExpect(status().isBadRequest());
    }

    private String bindingChanged(String batteryCode, String userId, String userPhone, int state) throws Exception {
        return publish("asset.binding-changed", batteryCode, "BatteryBindingChanged",
                binding(batteryCode, userId, userPhone, state));
    }

    private static Map<String, Object> binding(String batteryCode, String userId, String userPhone, int state) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bindingId", 1);
        data.put("batteryCode", batteryCode);
        data.put("userId", userId);
        data.put("userPhone", userPhone);
        data.put("userName", "张三");
        data.put("state", state);
        data.put("merchantCode", "M001");
        data.put("cause", "SWAP");
        data.put("changedAt", "2026-03-01 10:00:00");
        return data;
    }

    private long delivered(CallOperation operation) {
        return count("SELECT COUNT(*) FROM partner_call WHERE operation = ? AND state = 'DELIVERED'",
                operation.name());
    }

    private String state(CallOperation operation) {
        return jdbc.sql("SELECT state FROM partner_call WHERE operation = ? ORDER BY id LIMIT 1")
                .param(operation.name()).query(String.class).optional().orElse("NONE");
    }
}
