package com.northstar.swaporder.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.platform.service.retention.RetentionSweep;
import com.northstar.swaporder.SwapOrderIntegrationTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * swapOrderReport over an order's life: a cabinet reports the same deviceOrderId again as the swap moves on
 * ({@link OrderState}); each outcome publishes its own event, a repeat changes nothing, anything else is a 409, and
 * that holds for concurrent duplicates and after the idempotency record was swept.
 */
class SwapOrderLifecycleIntegrationTest extends SwapOrderIntegrationTestSupport {

    @Autowired
    RetentionSweep retentionSweep;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void startEmpty() {
        emptyTables();
    }

    @Test
    void inProgressThenCompletedMovesTheOrderOnAndOnlyTheCompletionIsPublished() throws Exception {
        long orderId = report(inProgress("DEV-L-1"));
        assertThat(events(orderId)).as("a swap in progress publishes nothing").isEmpty();

        assertThat(report(order("DEV-L-1", "CAB-001", "M001"))).isEqualTo(orderId);

        Map<String, Object> stored = row(orderId);
        assertThat(stored.get("order_state")).isEqualTo(1);
        assertThat(stored.get("complete_time")).hasToString("2026-03-01T10:01:30");
        assertThat(stored.get("pay_status")).isEqualTo(1);
        assertThat(stored.get("borrow_box_no")).isEqualTo(3);
        assertThat(stored.get("package_name")).isEqualTo("月卡-30天不限次");
        assertThat(events(orderId)).containsExactly(SwapOrderCompletedEvent.TYPE);
        assertThat(count("swap_order")).isEqualTo(1);
    }

    @Test
    void inProgressThenAbnormalPublishesSwapOrderAbnormalReportedAndOperationsCanHandleIt() throws Exception {
        String deviceOrderId = "DEV-L-2-" + UUID.randomUUID();
        try (Consumer<String, String> consumer = consumer(SwapOrderAbnormalReportedEvent.TOPIC)) {
            long orderId = report(inProgress(deviceOrderId));
            assertThat(report(abnormal(deviceOrderId))).isEqualTo(orderId);

            JsonNode envelope = json.readTree(awaitRecord(consumer, deviceOrderId).value());
            assertThat(envelope.get("eventType").asString()).isEqualTo(SwapOrderAbnormalReportedEvent.TYPE);
            assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(SwapOrderAbnormalReportedEvent.SCHEMA_VERSION);
            assertThat(envelope.get("data").get("orderId").asLong()).isEqualTo(orderId);
            assertThat(envelope.get("data").get("deviceId").asString()).isEqualTo("CAB-001");
            assertThat(row(orderId)).containsEntry("order_state", 2).containsEntry("order_type", 0);

            assertThat(postOk(HANDLE, OPS, Map.of("orderId", orderId, "remark", "已处理")).get("data").get("result")
                    .asInt()).isEqualTo(1);
            assertThat(events(orderId)).containsExactly(SwapOrderAbnormalReportedEvent.TYPE,
                    SwapOrderAbnormalHandledEvent.TYPE);
        }
    }

    @ParameterizedTest(name = "a new order reported in state {0} publishes {1}")
    @CsvSource(value = { "0, NONE", "1, SwapOrderCompleted", "2, SwapOrderAbnormalReported", "3, NONE" })
    void aNewOrderPublishesTheEventOfItsState(int state, String eventType) throws Exception {
        Map<String, Object> body = order("DEV-L-3", "CAB-001", "M001");
        body.put("orderState", state);

        long orderId = report(body);

        assertThat(events(orderId)).containsExactlyElementsOf(
                eventType.equals("NONE") ? List.of() : List.of(eventType));
    }

    @ParameterizedTest(name = "repeating the report of state {0}")
    @ValueSource(ints = { 0, 1, 2 })
    void repeatingTheReportOfTheStateTheOrderIsInAnswersTheSameOrderAndChangesNothing(int state) throws Exception {
        Map<String, Object> body = state == 0 ? inProgress("DEV-L-4") : state == 1 ? order("DEV-L-4", "CAB-001",
                "M001") : abnormal("DEV-L-4");
        long orderId = report(body);
        Map<String, Object> before = row(orderId);
        List<String> eventsBefore = events(orderId);

        assertThat(report(body)).isEqualTo(orderId);

        assertThat(row(orderId)).isEqualTo(before);
        assertThat(events(orderId)).isEqualTo(eventsBefore);
    }

    @Test
    void theReportOfTheStateAnOrderMovedOnToIsIdempotentToo() throws Exception {
        long orderId = report(inProgress("DEV-L-5"));
        report(order("DEV-L-5", "CAB-001", "M001"));

        assertThat(report(order("DEV-L-5", "CAB-001", "M001"))).isEqualTo(orderId);
        assertThat(events(orderId)).containsExactly(SwapOrderCompletedEvent.TYPE);
    }

    @Test
    void eachReportIsCountedByTheStateReportedAndWhatItDid() throws Exception {
        double createdInProgress = reported("in_progress", "created");
        double movedOnToCompleted = reported("completed", "moved_on");
        double abnormalConflicts = reported("abnormal_awaiting_handling", "conflict");

        report(inProgress("DEV-L-M"));
        report(order("DEV-L-M", "CAB-001", "M001"));
        Map<String, Object> abnormalLater = order("DEV-L-M", "CAB-001", "M001");
        abnormalLater.put("orderState", 2);
        post(REPORT, DEVICE, abnormalLater).andExpect(status().isConflict());

        assertThat(reported("in_progress", "created")).isEqualTo(createdInProgress + 1);
        assertThat(reported("completed", "moved_on")).isEqualTo(movedOnToCompleted + 1);
        assertThat(reported("abnormal_awaiting_handling", "conflict")).isEqualTo(abnormalConflicts + 1);
    }

    private double reported(String state, String outcome) {
        return meters.get("swap.orders.reported").tag("state", state).tag("outcome", outcome).counter().count();
    }

    @ParameterizedTest(name = "an order in state {0} reported as {1} is a conflict")
    @CsvSource({ "1, 0", "2, 0", "1, 2", "2, 1", "3, 1", "3, 2", "0, 3" })
    void aMoveTheLifecycleDoesNotAllowIsAConflictAndChangesNothing(int from, int to) throws Exception {
        Map<String, Object> first = order("DEV-L-6", "CAB-001", "M001");
        first.put("orderState", from);
        long orderId = report(first);
        Map<String, Object> before = row(orderId);
        List<String> eventsBefore = events(orderId);
        Map<String, Object> later = new HashMap<>(first);
        later.put("orderState", to);

        post(REPORT, DEVICE, later).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value(409))
                .andExpect(jsonPath("$.data").doesNotExist());

        assertThat(row(orderId)).isEqualTo(before);
        assertThat(events(orderId)).isEqualTo(eventsBefore);
    }

    @ParameterizedTest(name = "a later state with another {0} is a conflict")
    @CsvSource({ "deviceId, CAB-002", "merchantCode, M002", "userId, 100002", "startTime, 2026-03-01 10:00:01" })
    void aLaterStateOfAnotherSwapIsAConflict(String field, String value) throws Exception {
        long orderId = report(inProgress("DEV-L-7"));
        Map<String, Object> later = order("DEV-L-7", "CAB-001", "M001");
        later.put(field, value);

        post(REPORT, DEVICE, later).andExpect(status().isConflict());

        assertThat(row(orderId).get("order_state")).isEqualTo(0);
        assertThat(events(orderId)).isEmpty();
    }

    @Test
    void afterTheIdempotencyRecordWasSweptTheSameReportStillAnswersTheOrderAndOtherContentIsAConflict()
            throws Exception {
        Map<String, Object> body = order("DEV-L-8", "CAB-001", "M001");
        long orderId = report(body);
        sweepIdempotencyRecords();

        assertThat(report(body)).isEqualTo(orderId);
        assertThat(count("swap_order")).isEqualTo(1);
        assertThat(events(orderId)).containsExactly(SwapOrderCompletedEvent.TYPE);

        sweepIdempotencyRecords();
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("oldBattery", "BAT00000077");
        post(REPORT, DEVICE, changed).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value(409));
        assertThat(row(orderId).get("old_battery")).isEqualTo("BAT00000002");
    }

    @Test
    void afterTheIdempotencyRecordWasSweptALaterStateStillMovesTheOrderOn() throws Exception {
        long orderId = report(inProgress("DEV-L-9"));
        sweepIdempotencyRecords();

        assertThat(report(order("DEV-L-9", "CAB-001", "M001"))).isEqualTo(orderId);
        assertThat(events(orderId)).containsExactly(SwapOrderCompletedEvent.TYPE);
    }

    @Test
    void identicalReportsAtOnceMakeOneOrderAndOneEventAndAllAnswerItsOrderId() throws Exception {
        int cabinets = 6;
        Map<String, Object> body = order("DEV-L-10", "CAB-001", "M001");
        ExecutorService pool = Executors.newFixedThreadPool(cabinets);
        List<Long> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < cabinets; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return report(body);
                }));
            }
            start.countDown();
            for (Future<Long> result : results) {
                answers.add(result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(count("swap_order")).isEqualTo(1);
        long orderId = jdbc.sql("SELECT id FROM swap_order").query(Long.class).single();
        assertThat(answers).hasSize(cabinets).containsOnly(orderId);
        assertThat(events(orderId)).containsExactly(SwapOrderCompletedEvent.TYPE);
    }

    /** What the retention sweep does once the records are past their retention. */
    private void sweepIdempotencyRecords() {
        jdbc.sql("UPDATE idempotency_key SET created_at = '2000-01-01 00:00:00'").update();
        retentionSweep.sweepOnce();
        assertThat(count("idempotency_key")).isZero();
    }

    private static Map<String, Object> inProgress(String deviceOrderId) {
        Map<String, Object> body = order(deviceOrderId, "CAB-001", "M001");
        body.put("orderState", 0);
        body.put("completeTime", null);
        body.put("payStatus", 0);
        body.remove("changeDetail");
        return body;
    }

    private static Map<String, Object> abnormal(String deviceOrderId) {
        Map<String, Object> body = order(deviceOrderId, "CAB-001", "M001");
        body.put("orderType", 0);
        body.put("orderState", 2);
        body.put("changeDetail", Map.of("borrowBoxNo", 3, "returnBoxNo", 7));
        return body;
    }

    /** The event types the outbox holds for the order, in the order they were recorded. */
    private List<String> events(long orderId) {
        return jdbc.sql("SELECT event_type FROM outbox_event WHERE message_key = ? ORDER BY id")
                .param(Long.toString(orderId)).query(String.class).list();
    }

    private Map<String, Object> row(long orderId) {
        return jdbc.sql("SELECT * FROM swap_order WHERE id = ?").param(orderId).query().singleRow();
    }
}
