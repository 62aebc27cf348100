package com.northstar.member.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.northstar.member.MemberIntegrationTestSupport;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Other services' events on the embedded broker: each changes its member once, however often it is delivered; a
 * swap order counts once even under a new event id.
 */
class MemberEventsIntegrationTest extends MemberIntegrationTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void swapsCountOncePerOrderAndDaysOncePerDay() throws Exception {
        swap("swap-a", 9001, "2026-03-05 10:00:00");
        swap("swap-a", 9001, "2026-03-05 10:00:00");
        swap("swap-b", 9001, "2026-03-05 10:00:00");
        swap("swap-c", 9002, "2026-03-05 18:00:00");
        swap("swap-d", 9003, "2026-03-06 09:00:00");

        await().atMost(WAIT).until(() -> processed("member.swaps") == 4);
        assertThat(jdbc.sql("SELECT use_day_num, assets_order_num FROM member WHERE id = 1").query().singleRow())
                .containsEntry("use_day_num", 3 + 2).containsEntry("assets_order_num", 5 + 3);
    }

    @Test
    void aBoundBatteryIsTheLatestAndUnbindingItLeavesNone() throws Exception {
        binding("bind-1", "BT900001", 1);
        binding("bind-1", "BT900001", 1);
        await().atMost(WAIT).until(() -> "BT900001".equals(battery()));

        binding("unbind-old", "BT100002", 0);
        await().atMost(WAIT).until(() -> processed("member.bindings") == 2);
        assertThat(battery()).as("unbinding a battery that is not the current one").isEqualTo("BT900001");

        binding("unbind-1", "BT900001", 0);
        await().atMost(WAIT).until(() -> battery() == null);
    }

    @Test
    void anOverdueVehicleMakesItsRenterOverdueOnce() throws Exception {
        Map<String, Object> data = Map.of("vehicleCode", "EV7001", "vehicleModel", "TDR2009", "userId", "100101",
                "userPhone", "13700001001", "merchantCode", "M001", "rentalEnd", "2026-03-01 00:00:00");
        publish("asset.rental-overdue", "EV7001", "overdue-1", "RentalOverdue", 1, data);
        publish("asset.rental-overdue", "EV7001", "overdue-1", "RentalOverdue", 1, data);

        await().atMost(WAIT).until(() -> "OVERDUE".equals(state(1)));
        assertThat(jdbc.sql("SELECT vehicle_code FROM member WHERE id = 1").query(String.class).single())
                .isEqualTo("EV7001");
        assertTotalsAreTheCounts();
    }

    @Test
    void aSuccessfulRefundMakesTheMemberRefundedAndAFailedOneChangesNothing() throws Exception {
        publish("deposit.refund-completed", "R2", "refund-failed", "DepositRefundCompleted", 1, refund("R2",
                "13700003001", "FAILED"));
        await().atMost(WAIT).until(() -> processed("member.refunds") == 1);
        assertThat(state(5)).isEqualTo("OVERDUE");

        publish("deposit.refund-completed", "R1", "refund-ok", "DepositRefundCompleted", 1, refund("R1",
                "13700003001", "SUCCESS"));
        publish("deposit.refund-completed", "R1", "refund-ok", "DepositRefundCompleted", 1, refund("R1",
                "13700003001", "SUCCESS"));
        await().atMost(WAIT).until(() -> "REFUNDED".equals(state(5)));
        assertTotalsAreTheCounts();
    }

    @Test
    void aCabinetChangeNamesItsMerchantInTheDirectory() throws Exception {
        publish("asset.cabinet-changed", "TK9001", "cabinet-1", "CabinetChanged", 1, Map.of("deviceId", "TK9001",
                "merchantCode", "M009", "merchantName", "北极星换电通州店"));
        await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM merchant_directory WHERE merchant_code = 'M009'"
                + " AND merchant_name = '北极星换电通州店'") == 1);
    }

    private void swap(String eventId, long orderId, String completeTime) throws Exception {
        Map<String, Object> data = new HashMap<>();
        data.put("orderId", orderId);
        data.put("userId", 100101);
        data.put("phone", "13700001001");
        data.put("merchantCode", "M001");
        data.put("startTime", completeTime);
        data.put("completeTime", completeTime);
        publish("swap.order-completed", String.valueOf(orderId), eventId, "SwapOrderCompleted", 2, data);
    }

    private void binding(String eventId, String batteryCode, int state) throws Exception {
        publish("asset.binding-changed", batteryCode, eventId, "BatteryBindingChanged", 1, Map.of("bindingId", "77",
                "batteryCode", batteryCode, "userId", "100101", "userPhone", "13700001001", "userName", "张三",
                "state", state, "merchantCode", "M001", "cause", "SWAP", "changedAt", "2026-03-05 10:00:00"));
    }

    private static Map<String, Object> refund(String refundNo, String phone, String state) {
        Map<String, Object> data = new HashMap<>();
        data.put("refundNo", refundNo);
        data.put("phoneNo", phone);
        data.put("refundAmount", 29900);
        data.put("state", state);
        data.put("reason", null);
        data.put("refundTime", "2026-03-05 10:00:00");
        return data;
    }

    private long processed(String consumer) {
        return count("SELECT COUNT(*) FROM processed_event WHERE consumer = ?", consumer);
    }

    private String state(long id) {
        return jdbc.sql("SELECT state FROM member WHERE id = ?").param(id).query(String.class).single();
    }

    private String battery() {
        return jdbc.sql("SELECT battery_code FROM member WHERE id = 1").query(String.class).optional().orElse(null);
    }
}
