package com.northstar.swaporder.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.swaporder.SwapOrderIntegrationTestSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** swapOrderAbnormalHandle (§2.2.7): operations close an abnormal order awaiting handling, exactly once. */
class SwapOrderAbnormalHandleIntegrationTest extends SwapOrderIntegrationTestSupport {

    private long abnormalOrderId;

    @BeforeEach
    void abnormalOrderAwaitingHandling() throws Exception {
        emptyTables();
        Map<String, Object> body = order("DEV-H-1", "CAB-001", "M001");
        body.put("orderType", 0);
        body.put("orderState", 2);
        abnormalOrderId = report(body);
    }

    @Test
    void opsHandlingMovesTheOrderToHandledInTheNameOfTheVerifiedCallerWhateverTheBodySays() throws Exception {
        JsonNode answer = postOk(HANDLE, OPS, handle(abnormalOrderId));
        assertThat(answer.get("data").get("result").asInt()).isEqualTo(1);
        assertThat(answer.get("msg").isNull()).isTrue();

        JsonNode order = postOk(QUERY, OPS, Map.of("orderId", abnormalOrderId, "operationInfo", 1))
                .get("data").get("result").get(0);
        assertThat(order.get("orderState").asInt()).isEqualTo(3);
        JsonNode operator = order.get("operatorInfo");
        assertThat(operator.get("operatorId").asString()).isEqualTo("ops-1");
        assertThat(operator.get("operatorName").asString()).isEqualTo("ops-1");
        assertThat(operator.get("remark").asString()).isEqualTo("电池未弹出，已人工补录");
        assertThat(operator.get("operatorTime").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(appKeyOf(abnormalOrderId)).isNull();

        JsonNode event = handledEvent(abnormalOrderId);
        assertThat(event.get("schemaVersion").asInt()).isEqualTo(SwapOrderAbnormalHandledEvent.SCHEMA_VERSION);
        assertThat(event.get("data").get("operatorId").asString()).isEqualTo("ops-1");
        assertThat(event.get("data").get("operatorAppKey").isNull()).isTrue();
        assertThat(event.get("data").get("deviceOrderId").asString()).isEqualTo("DEV-H-1");
    }

    @Test
    void opsNeedNotNameAnOperator() throws Exception {
        Map<String, Object> body = handle(abnormalOrderId);
        body.remove("operatorId");
        body.remove("operatorName");

        assertThat(postOk(HANDLE, OPS, body).get("data").get("result").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT operator_id FROM swap_order WHERE id = ?").param(abnormalOrderId)
                .query(String.class).single()).isEqualTo("ops-1");
    }

    @Test
    void aPartnerNamesTheOperatorAndItsAppKeyIsStoredBesideItButNotShown() throws Exception {
        assertThat(postOk(HANDLE, PARTNER, handle(abnormalOrderId)).get("data").get("result").asInt()).isEqualTo(1);

        JsonNode operator = postOk(QUERY, OPS, Map.of("orderId", abnormalOrderId, "operationInfo", 1))
                .get("data").get("result").get(0).get("operatorInfo");
        assertThat(operator.get("operatorId").asString()).isEqualTo("ops-07");
        assertThat(operator.get("operatorName").asString()).isEqualTo("运营李娜");
        assertThat(operator.propertyNames()).containsExactlyInAnyOrder("operatorId", "operatorName", "operatorTime",
                "remark");
        assertThat(appKeyOf(abnormalOrderId)).isEqualTo("weichuang-local");
        assertThat(handledEvent(abnormalOrderId).get("data").get("operatorAppKey").asString())
                .isEqualTo("weichuang-local");
    }

    @ParameterizedTest
    @ValueSource(strings = { "operatorId", "operatorName" })
    void aPartnerMustNameTheOperator(String field) throws Exception {
        Map<String, Object> body = handle(abnormalOrderId);
        body.remove(field);

        post(HANDLE, PARTNER, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.msg").value("missing required field " + field));
        assertThat(jdbc.sql("SELECT order_state FROM swap_order WHERE id = ?").param(abnormalOrderId)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anAlreadyHandledOrderAnswersResultZeroAndChangesNothing() throws Exception {
        postOk(HANDLE, OPS, handle(abnormalOrderId));
        Map<String, Object> second = handle(abnormalOrderId);
        second.put("remark", "再次处理");

        JsonNode answer = postOk(HANDLE, OPS, second);
        assertThat(answer.get("data").get("result").asInt()).isZero();
        assertThat(answer.get("msg").asString()).contains("already handled");
        assertThat(jdbc.sql("SELECT remark FROM swap_order WHERE id = ?").param(abnormalOrderId).query(String.class)
                .single()).isEqualTo("电池未弹出，已人工补录");
    }

    @Test
    void anUnknownOrderIsNotFound() throws Exception {
        post(HANDLE, OPS, handle(abnormalOrderId + 1000)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value(404));
    }

    @Test
    void anOrderThatIsNotAwaitingHandlingIsAConflict() throws Exception {
        long normalOrderId = report(order("DEV-H-2", "CAB-001", "M001"));

        post(HANDLE, OPS, handle(normalOrderId)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value(409));
        assertThat(jdbc.sql("SELECT order_state FROM swap_order WHERE id = ?").param(normalOrderId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "orderId", "remark" })
    void orderIdAndRemarkAreRequired(String field) throws Exception {
        Map<String, Object> body = handle(abnormalOrderId);
        body.remove(field);

        post(HANDLE, OPS, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.msg").value("missing required field " + field));
    }

    @Test
    void onlyOpsAndPartnerMayHandle() throws Exception {
        post(HANDLE, NOBODY, handle(abnormalOrderId)).andExpect(status().isUnauthorized());
        post(HANDLE, merchant("M001"), handle(abnormalOrderId)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value(403));
        post(HANDLE, DEVICE, handle(abnormalOrderId)).andExpect(status().isForbidden());
    }

    @Test
    void ofConcurrentHandlersExactlyOneWins() throws Exception {
        int handlers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(handlers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < handlers; i++) {
                Map<String, Object> body = handle(abnormalOrderId);
                body.put("operatorId", "ops-" + i);
                Callable<Integer> attempt = () -> {
                    start.await();
                    return postOk(HANDLE, OPS, body).get("data").get("result").asInt();
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            List<Integer> outcomes = new ArrayList<>();
            for (Future<Integer> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce(1).containsOnly(0, 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE topic = ? AND message_key = ?")
                .params(SwapOrderAbnormalHandledEvent.TOPIC, Long.toString(abnormalOrderId))
                .query(Long.class).single()).isEqualTo(1);
    }

    private String appKeyOf(long orderId) {
        return jdbc.sql("SELECT operator_app_key FROM swap_order WHERE id = ?").param(orderId).query(String.class)
                .optional().orElse(null);
    }

    /** The one swap.order-abnormal-handled envelope the outbox holds for the order. */
    private JsonNode handledEvent(long orderId) {
        String payload = jdbc.sql("SELECT payload FROM outbox_event WHERE topic = ? AND message_key = ? AND event_type = ?")
                .params(SwapOrderAbnormalHandledEvent.TOPIC, Long.toString(orderId), SwapOrderAbnormalHandledEvent.TYPE)
                .query(String.class).single();
        return json.readTree(payload);
    }

    private static Map<String, Object> handle(long orderId) {
        Map<String, Object> body = new HashMap<>();
        body.put("orderId", orderId);
        body.put("remark", "电池未弹出，已人工补录");
        body.put("operatorId", "ops-07");
        body.put("operatorName", "运营李娜");
        return body;
    }
}
