package com.northstar.swaporder.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.swaporder.SwapOrderIntegrationTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * swapOrderReport: a cabinet reports a swap; the order is created once per deviceOrderId and announced on Kafka. How
 * later reports move an order on is {@link SwapOrderLifecycleIntegrationTest}.
 */
class SwapOrderReportIntegrationTest extends SwapOrderIntegrationTestSupport {

    @BeforeEach
    void startEmpty() {
        emptyTables();
    }

    @Test
    void reportCreatesTheOrderAndPublishesSwapOrderCompletedAsAnEventEnvelope() throws Exception {
        String deviceOrderId = "DEV-" + UUID.randomUUID();
        try (Consumer<String, String> consumer = consumer(SwapOrderCompletedEvent.TOPIC)) {
            long orderId = report(order(deviceOrderId, "CAB-001", "M001"));

            JsonNode page = postOk(QUERY, OPS, Map.of("orderIds", Long.toString(orderId), "changeDetail", 1,
                    "packageInfo", 1)).get("data");
            assertThat(page.get("total").asLong()).isEqualTo(1);
            JsonNode stored = page.get("result").get(0);
            assertThat(stored.get("deviceId").asString()).isEqualTo("CAB-001");
            assertThat(stored.get("startTime").asString()).isEqualTo("2026-03-01 10:00:00");
            assertThat(stored.get("packageInfo").get("price").asLong()).isEqualTo(19900);

            ConsumerRecord<String, String> published = awaitRecord(consumer, deviceOrderId);
            assertThat(published.key()).isEqualTo(Long.toString(orderId));
            JsonNode envelope = json.readTree(published.value());
            assertThat(envelope.get("eventId").asString()).isNotBlank();
            assertThat(envelope.get("eventType").asString()).isEqualTo("SwapOrderCompleted");
            assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(SwapOrderCompletedEvent.SCHEMA_VERSION);
            assertThat(envelope.get("occurredAt").asString()).isNotBlank();
            JsonNode data = envelope.get("data");
            assertThat(data.get("orderId").asLong()).isEqualTo(orderId);
            assertThat(data.get("deviceOrderId").asString()).isEqualTo(deviceOrderId);
            assertThat(data.get("deviceId").asString()).isEqualTo("CAB-001");
            assertThat(data.get("merchantCode").asString()).isEqualTo("M001");
            assertThat(data.get("userId").asLong()).isEqualTo(100001);
            assertThat(data.get("completeTime").asString()).isEqualTo("2026-03-01 10:01:30");
            assertThat(data.get("newBattery").asString()).isEqualTo("BAT00000001");
            assertThat(data.get("payType").asInt()).isEqualTo(1);
            assertThat(data.get("packagePrice").asLong()).isEqualTo(19900);
            assertThat(data.get("phone").asString()).as("schema 2: Weichuang's binding update needs it")
                    .isEqualTo("13800000001");
            assertThat(data.get("userName").asString()).isEqualTo("张伟");
            assertThat(data.get("borrowBoxNo").asInt()).isEqualTo(3);
            assertThat(data.get("returnBoxNo").asInt()).isEqualTo(7);
            assertThat(data.get("borrowElectric").asInt()).isEqualTo(98);
            assertThat(data.get("returnElectric").asInt()).isEqualTo(21);
            assertThat(data.has("operatorInfo")).isFalse();
        }
    }

    @Test
    void sameDeviceOrderIdAndSameBodyAnswersTheSameOrderIdAndChangesNothing() throws Exception {
        Map<String, Object> body = order("DEV-42", "CAB-001", "M001");
        long first = report(body);
        long second = report(body);

        assertThat(second).isEqualTo(first);
        assertThat(count("swap_order")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE message_key = ? AND topic = ?")
                .params(Long.toString(first), SwapOrderCompletedEvent.TOPIC).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void sameDeviceOrderIdWithDifferentBodyIsAConflict() throws Exception {
        Map<String, Object> body = order("DEV-43", "CAB-001", "M001");
        report(body);
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("newBattery", "BAT00000099");

        post(REPORT, DEVICE, changed).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value(409))
                .andExpect(jsonPath("$.msg").value(containsString("DEV-43")))
                .andExpect(jsonPath("$.data").doesNotExist());
        assertThat(count("swap_order")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "deviceOrderId", "deviceId", "userId", "orderType", "orderState", "startTime" })
    void missingRequiredFieldIsABadRequestNamingTheField(String field) throws Exception {
        Map<String, Object> body = order("DEV-44", "CAB-001", "M001");
        body.remove(field);

        post(REPORT, DEVICE, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.msg").value("missing required field " + field));
        assertThat(count("swap_order")).isZero();
    }

    @ParameterizedTest
    @CsvSource({ "userId, not-a-number", "orderType, one", "startTime, yesterday", "completeTime, 2026-13-45" })
    void wrongTypedFieldIsABadRequestNamingTheField(String field, String value) throws Exception {
        Map<String, Object> body = order("DEV-45", "CAB-001", "M001");
        body.put(field, value);

        post(REPORT, DEVICE, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.msg").value("field " + field + " has an invalid value"));
    }

    @ParameterizedTest
    @CsvSource({ "orderType, 2", "orderState, 4", "orderState, -1", "payStatus, 2", "payType, 0" })
    void outOfRangeValueIsABadRequestNamingTheField(String field, int value) throws Exception {
        Map<String, Object> body = order("DEV-46", "CAB-001", "M001");
        body.put(field, value);

        post(REPORT, DEVICE, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.msg").value(startsWith("field " + field + " ")));
    }

    @Test
    void outOfRangeValueInsideABlockNamesTheNestedField() throws Exception {
        Map<String, Object> body = order("DEV-47", "CAB-001", "M001");
        body.put("changeDetail", Map.of("borrowElectric", 101));

        post(REPORT, DEVICE, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value(startsWith("field changeDetail.borrowElectric")));
    }

    @Test
    void malformedJsonIsABadRequestInTheKopEnvelope() throws Exception {
        post(REPORT, DEVICE, "{\"deviceOrderId\": \"DEV-48\", ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.msg").value("malformed JSON body"));
    }

    @Test
    void reportCopiesTheCabinetOwnerOntoTheOrder() throws Exception {
        jdbc.sql("INSERT INTO cabinet_owner (device_id, merchant_code, updated_at) VALUES ('CAB-009', 'M003', NOW())")
                .update();
        long orderId = report(order("DEV-49", "CAB-009", "M001"));

        assertThat(jdbc.sql("SELECT device_merchant_code FROM swap_order WHERE id = ?").param(orderId)
                .query(String.class).single()).isEqualTo("M003");
    }

    @Test
    void onlyACabinetPlatformMayReport() throws Exception {
        Map<String, Object> body = order("DEV-50", "CAB-001", "M001");
        post(REPORT, NOBODY, body).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value(401));
        post(REPORT, OPS, body).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value(403));
        post(REPORT, merchant("M001"), body).andExpect(status().isForbidden());
        assertThat(count("swap_order")).isZero();
    }
}
