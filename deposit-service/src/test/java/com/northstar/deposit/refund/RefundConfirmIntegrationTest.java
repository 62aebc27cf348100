package com.northstar.deposit.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.deposit.DepositIntegrationTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** depositRefundConfirm: the moves it makes, the events it publishes, once, and whose applications it reaches. */
class RefundConfirmIntegrationTest extends DepositIntegrationTestSupport {

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void depositRefundConfirmStartsTheWeichuangPayoutWithOneRefundRequested() throws Exception {
        postOk(CONFIRM, merchant("M001"), Map.of("phoneNo", "13900000001", "merchantConfirmInfo", "电池已归还",
                "remark", "ok"));

        Map<String, Object> application = row("SELECT * FROM refund_application WHERE id = 3");
        assertThat(application).containsEntry("status", 1).containsEntry("refund_no", "RF202603010000000003")
                .containsEntry("confirmed_by", "merchant-user").containsEntry("confirm_info", "电池已归还")
                .containsEntry("remark", "ok");
        assertThat(application.get("confirmed_at")).isNotNull();
        assertThat(row("SELECT state FROM deposit WHERE id = 1")).containsEntry("state", "REFUNDING");
        assertThat(events(REQUESTED)).singleElement().satisfies(data -> {
            assertThat(data.get("refundNo").asString()).isEqualTo("RF202603010000000003");
            assertThat(data.get("phoneNo").asString()).isEqualTo("13900000001");
            assertThat(data.get("userId").asString()).isEqualTo("WC13900000001");
            assertThat(data.get("refundAmount").asLong()).isEqualTo(29900L);
            assertThat(data.get("depositSource").asString()).isEqualTo("WEICHUANG_MIGRATION");
            assertThat(data.get("merchantCode").asString()).isEqualTo("M001");
        });
        assertThat(jdbc.sql("SELECT message_key, event_type FROM outbox_event WHERE topic = ?").param(REQUESTED)
                .query().singleRow()).containsEntry("message_key", "RF202603010000000003")
                .containsEntry("event_type", "DepositRefundRequested");
        assertThat(events(COMPLETED)).isEmpty();
    }

    @Test
    void aConfirmationIsCountedAsRequestedOnceWhenItCommits() throws Exception {
        double before = refunds("requested", "weichuang_migration");

        postOk(CONFIRM, merchant("M001"), Map.of("phoneNo", "13900000001"));
        postOk(CONFIRM, merchant("M001"), Map.of("phoneNo", "13900000001"));

        assertThat(refunds("requested", "weichuang_migration")).as("the second confirmation changed nothing")
                .isEqualTo(before + 1);
    }

    private double refunds(String stage, String source) {
        return meters.get("deposit.refunds").tag("stage", stage).tag("source", source).counter().count();
    }

    @Test
    void depositRefundConfirmTwiceChangesNothingTheSecondTime() throws Exception {
        postOk(CONFIRM, merchant("M001"), Map.of("phoneNo", "13900000001"));
        Map<String, Object> confirmed = row("SELECT * FROM refund_application WHERE id = 3");

        JsonNode again = postOk(CONFIRM, PARTNER, Map.of("phoneNo", "13900000001", "remark", "again"));

        assertThat(again.get("data").get("success").asBoolean()).isTrue();
        assertThat(again.get("msg").asString()).isEqualTo("the refund was already confirmed");
        assertThat(row("SELECT * FROM refund_application WHERE id = 3")).isEqualTo(confirmed);
        assertThat(events(REQUESTED)).hasSize(1);
    }

    @Test
    void concurrentConfirmationsStartOnePayoutWithOneRefundNo() throws Exception {
        int confirmations = 8;
        ExecutorService pool = Executors.newFixedThreadPool(confirmations);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < confirmations; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(CONFIRM, merchant("M002"), Map.of("phoneNo", "13900000003")).andReturn()
                            .getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(events(REQUESTED)).singleElement()
                .satisfies(data -> assertThat(data.get("refundNo").asString()).isEqualTo("RF202603020000000004"));
        assertThat(row("SELECT status, refund_no FROM refund_application WHERE id = 4")).containsEntry("status", 1)
                .containsEntry("refund_no", "RF202603020000000004");
    }

    @Test
    void depositRefundConfirmOfAReviewTermsDepositIsThePayoutItself() throws Exception {
        postOk(CONFIRM, merchant("M002"), Map.of("phoneNo", "13900000005"));

        Map<String, Object> application = row("SELECT * FROM refund_application WHERE id = 5");
        assertThat(application).containsEntry("status", 2).containsEntry("refund_no", "RF202603030000000005");
        assertThat(application.get("completed_at")).isEqualTo(application.get("confirmed_at")).isNotNull();
        assertThat(row("SELECT state, refunded_at FROM deposit WHERE id = 5")).containsEntry("state", "REFUNDED")
                .containsEntry("refunded_at", application.get("completed_at"));
        assertThat(events(REQUESTED)).singleElement()
                .satisfies(data -> assertThat(data.get("depositSource").asString()).isEqualTo("REVIEW_TERMS"));
        assertThat(events(COMPLETED)).singleElement().satisfies(data -> {
            assertThat(data.get("refundNo").asString()).isEqualTo("RF202603030000000005");
            assertThat(data.get("phoneNo").asString()).isEqualTo("13900000005");
            assertThat(data.get("refundAmount").asLong()).isEqualTo(40000L);
            assertThat(data.get("state").asString()).isEqualTo("SUCCESS");
            assertThat(data.get("reason").isNull()).isTrue();
            assertThat(data.get("refundTime").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        });
        postOk(CONFIRM, merchant("M002"), Map.of("phoneNo", "13900000005"));
        assertThat(events(COMPLETED)).hasSize(1);
    }

    @Test
    void aMerchantConfirmsOnlyItsOwnMembersApplications() throws Exception {
        post(CONFIRM, merchant("M001"), Map.of("phoneNo", "13900000003")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.msg").value("no such refund application"));
        post(CONFIRM, merchant("M001"), Map.of("phoneNo", "13999999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.msg").value("no such refund application"));
        post(CONFIRM, merchant(), Map.of("phoneNo", "13900000001")).andExpect(status().isNotFound());

        assertThat(row("SELECT status, refund_no FROM refund_application WHERE id = 4")).containsEntry("status", 0)
                .containsEntry("refund_no", null);
        assertThat(events(REQUESTED)).isEmpty();
    }

    @Test
    void depositRefundConfirmOfAFailedApplicationIs409UntilTheUserAppliesAgain() throws Exception {
        post(CONFIRM, merchant("M001"), Map.of("phoneNo", "13900000006")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value(409));
        assertThat(events(REQUESTED)).isEmpty();

        postOk(APPLY, app("user-6"), Map.of("phoneNo", "13900000006", "reason", "再试一次"));
        postOk(CONFIRM, merchant("M001"), Map.of("phoneNo", "13900000006"));
        assertThat(events(REQUESTED)).hasSize(1);
    }

    @Test
    void depositRefundConfirmOfARefundedApplicationChangesNothing() throws Exception {
        postOk(CONFIRM, merchant("M001"), Map.of("phoneNo", "13900000004"));

        assertThat(row("SELECT status FROM refund_application WHERE id = 1")).containsEntry("status", 2);
        assertThat(events(REQUESTED)).isEmpty();
    }

    @Test
    void depositRefundConfirmRefusesBadInputAndOtherCallers() throws Exception {
        post(CONFIRM, merchant("M001"), Map.of("phoneNo", " ")).andExpect(status().isBadRequest());
        post(CONFIRM, merchant("M001"), "{\"phoneNo\": 13900000001.5, \"remark\": {}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(400));
        post(CONFIRM, app("user-1"), Map.of("phoneNo", "13900000001")).andExpect(status().isForbidden());
        post(CONFIRM, OPS, Map.of("phoneNo", "13900000001")).andExpect(status().isForbidden());
        assertThat(events(REQUESTED)).isEmpty();
    }
}
