package com.northstar.swaporder.cabinet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.northstar.swaporder.SwapOrderIntegrationTestSupport;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The asset.cabinet-changed consumer: keeps cabinet_owner current, gives orders reported before the owner was known
 * to that owner (so its merchant sees them), and handles each event id once.
 */
class CabinetChangedListenerIntegrationTest extends SwapOrderIntegrationTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @BeforeEach
    void startEmpty() {
        emptyTables();
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        String first = UUID.randomUUID().toString();
        publish(first, "CAB-101", "M001");
        publish(UUID.randomUUID().toString(), "CAB-101", "M002");
        awaitProcessed(2);

        publish(first, "CAB-101", "M001");
        String marker = UUID.randomUUID().toString();
        publish(marker, "CAB-102", "M003");
        awaitProcessed(3);

        assertThat(owner("CAB-101")).as("the redelivered first event did not win back the cabinet").isEqualTo("M002");
        assertThat(owner("CAB-102")).isEqualTo("M003");
    }

    @Test
    void ordersReportedBeforeTheOwnerWasKnownBecomeVisibleToTheOwner() throws Exception {
        long orderId = report(order("DEV-C-1", "CAB-201", "M009"));
        assertThat(visibleOrders("M005")).isZero();

        publish(UUID.randomUUID().toString(), "CAB-201", "M005");
        await().atMost(WAIT).until(() -> "M005".equals(owner("CAB-201")));

        assertThat(visibleOrders("M005")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT device_merchant_code FROM swap_order WHERE id = ?").param(orderId)
                .query(String.class).single()).isEqualTo("M005");
    }

    @Test
    void ordersKeepTheOwnerTheyWereSwappedUnder() throws Exception {
        jdbc.sql("INSERT INTO cabinet_owner (device_id, merchant_code, updated_at) VALUES ('CAB-301', 'M001', NOW())")
                .update();
        long orderId = report(order("DEV-C-2", "CAB-301", "M001"));

        publish(UUID.randomUUID().toString(), "CAB-301", "M002");
        await().atMost(WAIT).until(() -> "M002".equals(owner("CAB-301")));

        assertThat(jdbc.sql("SELECT device_merchant_code FROM swap_order WHERE id = ?").param(orderId)
                .query(String.class).single()).isEqualTo("M001");
    }

    @Test
    void aCabinetWithMoreUnownedOrdersThanOneBatchHandsItsOwnerToEveryOne() throws Exception {
        int orders = CabinetOwners.OWNER_BATCH * 2 + 1;
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < orders; i++) {
            rows.append(i == 0 ? "" : ",").append("('DEV-B-").append(i)
                    .append("', 'CAB-401', 'M001', 100001, 1, 1, '2026-03-01 10:00:00', NOW(), NOW())");
        }
        jdbc.sql("INSERT INTO swap_order (device_order_id, device_id, merchant_code, user_id, order_type, "
                + "order_state, start_time, created_at, updated_at) VALUES " + rows).update();

        publish(UUID.randomUUID().toString(), "CAB-401", "M004");
        await().atMost(WAIT).until(() -> "M004".equals(owner("CAB-401")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM swap_order WHERE device_id = 'CAB-401' AND device_merchant_code = ?")
                .param("M004").query(Long.class).single()).isEqualTo(orders);
    }

    private void publish(String eventId, String deviceId, String merchantCode) throws Exception {
        String envelope = json.writeValueAsString(Map.of("eventId", eventId, "eventType", "CabinetChanged",
                "occurredAt", "2026-03-01T02:00:00Z", "schemaVersion", 1,
                "data", Map.of("deviceId", deviceId, "merchantCode", merchantCode)));
        kafka.send(CabinetChangedListener.TOPIC, deviceId, envelope).get();
    }

    private void awaitProcessed(int events) {
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT COUNT(*) FROM processed_event WHERE consumer = ?")
                .param(CabinetChangedListener.CONSUMER).query(Long.class).single() >= events);
    }

    private String owner(String deviceId) {
        return jdbc.sql("SELECT merchant_code FROM cabinet_owner WHERE device_id = ?").param(deviceId)
                .query(String.class).optional().orElse(null);
    }

    private long visibleOrders(String merchantCode) throws Exception {
        JsonNode page = postOk(QUERY, merchant(merchantCode), Map.of()).get("data");
        return page.get("total").asLong();
    }
}
