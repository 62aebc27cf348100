package com.northstar.asset.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.northstar.asset.AssetIntegrationTestSupport;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bindings follow the swaps: swap.order-completed moves the returned battery into the cabinet slot and binds the
 * borrowed one to the user, each binding change with its asset.binding-changed event; an event handled twice
 * changes nothing; the cabinet's report wins over bindings that disagree with it.
 */
class SwapBindingsIntegrationTest extends AssetIntegrationTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void swapMovesTheReturnedBatteryIntoItsSlotAndBindsTheBorrowedOneWithTwoEvents() throws Exception {
        publishSwap(UUID.randomUUID().toString(), swap(7001, "TK1001", "BT100002", 3, 20, "BT100003", 95));
        awaitProcessed(1);

        assertThat(battery("BT100002")).containsEntry("cabinet_code", "TK1001").containsEntry("grid_pos", 3)
                .containsEntry("charge_level", 20).containsEntry("user_id", null).containsEntry("state", 0);
        assertThat(battery("BT100003")).containsEntry("cabinet_code", null).containsEntry("grid_pos", null)
                .containsEntry("user_id", "100101").containsEntry("user_phone", "13700001001")
                .containsEntry("charge_level", 95).containsEntry("state", 1);
        assertThat(binding(2)).containsEntry("current_battery_code", null).containsEntry("unbound_cause", "SWAP");
        assertThat(binding(5)).containsEntry("battery_code", "BT100003").containsEntry("user_id", "100101")
                .containsEntry("merchant_code", "M001").containsEntry("share_code", "M001SHARE")
                .containsEntry("bound_cause", "SWAP").containsEntry("unbound_at", null);

        List<JsonNode> events = events(BindingChangedEvent.TOPIC);
        assertThat(events).hasSize(2);
        assertEvent(events.get(0), "2", "BT100002", "100101", 0, "SWAP");
        assertEvent(events.get(1), "5", "BT100003", "100101", 1, "SWAP");
        assertThat(events.get(1).get("userPhone").asString()).isEqualTo("13700001001");
        assertThat(events.get(1).get("userName").asString()).isEqualTo("陈静");
        assertThat(events.get(1).get("merchantCode").asString()).isEqualTo("M001");
        assertThat(events.get(1).get("changedAt").asString()).isEqualTo("2026-03-02 08:01:30");

        assertThat(jdbc.sql("SELECT battery_code, cause, from_user_id, to_cabinet, to_grid_pos, to_user_id, source "
                + "FROM battery_track ORDER BY id").query().listOfRows()).containsExactly(
                        track("BT100002", "SWAP", "100101", "TK1001", 3, null, "swap:7001"),
                        track("BT100003", "SWAP", null, null, null, "100101", "swap:7001"));

        await("the relay publishes both").atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM outbox_event "
                + "WHERE topic = ? AND published_at IS NOT NULL", BindingChangedEvent.TOPIC) == 2);
        assertThat(jdbc.sql("SELECT message_key FROM outbox_event WHERE topic = ? ORDER BY id")
                .param(BindingChangedEvent.TOPIC).query(String.class).list())
                .as("keyed by battery, in the order of the moves").containsExactly("BT100002", "BT100003");
    }

    @Test
    void theSameSwapEventTwiceChangesNothingMore() throws Exception {
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> swap = swap(7002, "TK1001", "BT100002", 3, 20, "BT100003", 95);
        publishSwap(eventId, swap);
        awaitProcessed(1);
        long bindings = count("SELECT COUNT(*) FROM battery_binding");
        long tracks = count("SELECT COUNT(*) FROM battery_track");

        publishSwap(eventId, swap);
        publishSwap(UUID.randomUUID().toString(), swap(7003, "TK3001", null, null, null, null, null));
        awaitProcessed(2);

        assertThat(count("SELECT COUNT(*) FROM battery_binding")).isEqualTo(bindings);
        assertThat(count("SELECT COUNT(*) FROM battery_track")).isEqualTo(tracks);
        assertThat(events(BindingChangedEvent.TOPIC)).hasSize(2);
    }

    @Test
    void aSwapThatDisagreesWithTheBindingsFollowsTheCabinetAndLosesNoMove() throws Exception {
        // BT200002 is bound to user 100201 and BT300002 to user 100301, yet user 100101 returns one and takes the other.
        publishSwap(UUID.randomUUID().toString(), swap(7004, "TK2001", "BT200002", 5, 30, "BT300002", 99));
        awaitProcessed(1);

        assertThat(battery("BT200002")).containsEntry("cabinet_code", "TK2001").containsEntry("grid_pos", 5)
                .containsEntry("user_id", null);
        assertThat(battery("BT300002")).containsEntry("user_id", "100101");
        assertThat(binding(3)).containsEntry("current_battery_code", null);
        assertThat(binding(4)).containsEntry("current_battery_code", null);
        assertThat(binding(5)).containsEntry("battery_code", "BT300002").containsEntry("user_id", "100101");
        List<JsonNode> events = events(BindingChangedEvent.TOPIC);
        assertThat(events).hasSize(3);
        assertEvent(events.get(0), "3", "BT200002", "100201", 0, "SWAP");
        assertEvent(events.get(1), "4", "BT300002", "100301", 0, "SWAP");
        assertEvent(events.get(2), "5", "BT300002", "100101", 1, "SWAP");
        assertThat(binding(2)).as("the user's own battery was not part of this swap").containsEntry(
                "current_battery_code", "BT100002");
    }

    @Test
    void batteriesSeenForTheFirstTimeAreRegisteredAndAReturnIntoAnOccupiedSlotDisplacesTheRecordedOne()
            throws Exception {
        publishSwap(UUID.randomUUID().toString(), swap(7005, "TK2001", "BTNEW01", 2, 15, "BTNEW02", 97));
        awaitProcessed(1);

        assertThat(battery("BTNEW01")).containsEntry("merchant_code", "M002").containsEntry("cabinet_code", "TK2001")
                .containsEntry("grid_pos", 2).containsEntry("charge_level", 15);
        assertThat(battery("BTNEW02")).containsEntry("merchant_code", "M002").containsEntry("user_id", "100101")
                .containsEntry("state", 1);
        assertThat(battery("BT200001")).as("the cabinet says slot 2 holds BTNEW01")
                .containsEntry("cabinet_code", null).containsEntry("grid_pos", null);
        assertThat(count("SELECT COUNT(*) FROM battery_track WHERE battery_code = 'BT200001' AND cause = 'DISPLACED' "
                + "AND from_cabinet = 'TK2001' AND from_grid_pos = 2")).isEqualTo(1);
        List<JsonNode> events = events(BindingChangedEvent.TOPIC);
        assertThat(events).as("the returned battery was bound to nobody: only the new binding").hasSize(1);
        assertEvent(events.get(0), "5", "BTNEW02", "100101", 1, "SWAP");
    }

    @Test
    void aVersionOneSwapAtAnUnknownCabinetStillMovesTheBatteriesAndLeavesNewOnesUnowned() throws Exception {
        Map<String, Object> data = swap(7006, "TK9999", "BTV1OLD", null, null, "BTV1NEW", null);
        data.put("merchantCode", null);
        for (String addedInVersion2 : List.of("phone", "userName", "borrowBoxNo", "returnBoxNo", "borrowElectric",
                "returnElectric")) {
            data.remove(addedInVersion2);
        }
        publishSwap(UUID.randomUUID().toString(), data);
        awaitProcessed(1);

        assertThat(battery("BTV1OLD")).as("in the cabinet, slot unknown").containsEntry("cabinet_code", "TK9999")
                .containsEntry("grid_pos", null).containsEntry("merchant_code", null);
        assertThat(battery("BTV1NEW")).containsEntry("user_id", "100101").containsEntry("merchant_code", null);
        assertThat(events(BindingChangedEvent.TOPIC)).singleElement().satisfies(event -> {
            assertEvent(event, "5", "BTV1NEW", "100101", 1, "SWAP");
            assertThat(event.get("merchantCode").isNull()).isTrue();
        });
        assertThat(postOk(MEMBER_BATTERIES, merchant("M001"), Map.of("merchantIds", List.of("M001"))).get("data")
                .get("result").findValues("batteryCode")).as("an unowned binding is no merchant's")
                .extracting(JsonNode::asString).doesNotContain("BTV1NEW");
    }

    private static void assertEvent(JsonNode data, String bindingId, String batteryCode, String userId, int state,
            String cause) {
        assertThat(data.get("bindingId").asString()).isEqualTo(bindingId);
        assertThat(data.get("batteryCode").asString()).isEqualTo(batteryCode);
        assertThat(data.get("userId").asString()).isEqualTo(userId);
        assertThat(data.get("state").asInt()).isEqualTo(state);
        assertThat(data.get("cause").asString()).isEqualTo(cause);
    }

    private static Map<String, Object> track(String battery, String cause, String fromUser, String toCabinet,
            Integer toSlot, String toUser, String source) {
        Map<String, Object> row = new HashMap<>();
        row.put("battery_code", battery);
        row.put("cause", cause);
        row.put("from_user_id", fromUser);
        row.put("to_cabinet", toCabinet);
        row.put("to_grid_pos", toSlot);
        row.put("to_user_id", toUser);
        row.put("source", source);
        return row;
    }

    /** swap-order's SwapOrderCompleted data (schema 2) of user 100101 of M001. */
    static Map<String, Object> swap(long orderId, String deviceId, String oldBattery, Integer returnBoxNo,
            Integer returnElectric, String newBattery, Integer borrowElectric) {
        Map<String, Object> data = new HashMap<>();
        data.put("orderId", orderId);
        data.put("deviceOrderId", "DEV-" + orderId);
        data.put("deviceId", deviceId);
        data.put("merchantCode", "M001");
        data.put("deviceMerchantCode", null);
        data.put("userId", 100101);
        data.put("orderType", 1);
        data.put("startTime", "2026-03-02 08:00:00");
        data.put("completeTime", "2026-03-02 08:01:30");
        data.put("newBattery", newBattery);
        data.put("oldBattery", oldBattery);
        data.put("payStatus", 1);
        data.put("payType", 1);
        data.put("phone", "13700001001");
        data.put("userName", "陈静");
        data.put("borrowBoxNo", 2);
        data.put("returnBoxNo", returnBoxNo);
        data.put("borrowElectric", borrowElectric);
        data.put("returnElectric", returnElectric);
        return data;
    }

    private void awaitProcessed(int events) {
        await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM processed_event WHERE consumer = ?",
                SwapCompletedListener.CONSUMER) >= events);
    }

    private Map<String, Object> battery(String code) {
        return jdbc.sql("SELECT * FROM battery WHERE battery_code = ?").param(code).query().singleRow();
    }

    private Map<String, Object> binding(long id) {
        return jdbc.sql("SELECT * FROM battery_binding WHERE id = ?").param(id).query().singleRow();
    }

}
