package com.northstar.deposit.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.northstar.deposit.DepositIntegrationTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** deposit.refund-completed on the embedded broker: SUCCESS, FAILED, and duplicate or late events. */
class RefundCompletedIntegrationTest extends DepositIntegrationTestSupport {

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void fixture() throws Exception {
        loadFixture();
        postOk(CONFIRM, merchant("M001"), Map.of("phoneNo", "13900000001"));
    }

    @Test
    void aSuccessfulPayoutRefundsTheApplicationAndTheDepositKeepingTheRefundTime() throws Exception {
        String eventId = complete("RF202603010000000003", "SUCCESS", null, "2026-03-05 12:34:56");

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(RefundCompletedListener.CONSUMER, eventId));
        assertThat(row("SELECT status, completed_at FROM refund_application WHERE id = 3")).containsEntry("status", 2)
                .containsEntry("completed_at", LocalDateTime.of(2026, 3, 5, 12, 34, 56));
        assertThat(row("SELECT state, refunded_at FROM deposit WHERE id = 1")).containsEntry("state", "REFUNDED")
                .containsEntry("refunded_at", LocalDateTime.of(2026, 3, 5, 12, 34, 56));
    }

    @Test
    void aFailedPayoutFailsTheApplicationWithTheReasonAndHoldsTheDepositAgain() throws Exception {
        String eventId = complete("RF202603010000000003", "FAILED", "account closed at Weichuang", null);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(RefundCompletedListener.CONSUMER, eventId));
        assertThat(row("SELECT status, failure_reason FROM refund_application WHERE id = 3"))
                .containsEntry("status", 3).containsEntry("failure_reason", "account closed at Weichuang");
        assertThat(row("SELECT state, refunded_at FROM deposit WHERE id = 1")).containsEntry("state", "HELD")
                .containsEntry("refunded_at", null);
        long again = postOk(APPLY, app("user-1"), Map.of("phoneNo", "13900000001", "reason", "再试一次")).get("data")
                .get("id").asLong();
        assertThat(row("SELECT status FROM refund_application WHERE id = ?", again)).containsEntry("status", 0);
    }

    @Test
    void aPaidRefundIsCountedWithItsMoneyAndAFailedOneAsFailed() throws Exception {
        double paid = refunds("paid");
        double paidFen = meters.get("deposit.refunds.paid.fen").tag("source", "weichuang_migration").counter().count();
        double failed = refunds("failed");

        complete("RF202603010000000003", "SUCCESS", null, "2026-03-05 12:34:56");

        await().atMost(Duration.ofSeconds(30)).until(() -> refunds("paid") == paid + 1);
        assertThat(meters.get("deposit.refunds.paid.fen").tag("source", "weichuang_migration").counter().count())
                .isEqualTo(paidFen + 29900);

        loadFixture();
        postOk(CONFIRM, merchant("M001"), Map.of("phoneNo", "13900000001"));
        complete("RF202603010000000003", "FAILED", "account closed at Weichuang", null);

        await().atMost(Duration.ofSeconds(30)).until(() -> refunds("failed") == failed + 1);
    }

    private double refunds(String stage) {
        return meters.get("deposit.refunds").tag("stage", stage).tag("source", "weichuang_migration").counter()
                .count();
    }

    @Test
    void aDuplicateOrLateCompletionChangesNothing() throws Exception {
        String success = complete("RF202603010000000003", "SUCCESS", null, "2026-03-05 12:34:56");
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(RefundCompletedListener.CONSUMER, success));
        Map<String, Object> refunded = row("SELECT * FROM refund_application WHERE id = 3");

        Map<String, Object> data = completion("RF202603010000000003", "SUCCESS", null, "2026-03-05 12:34:56");
        publish(COMPLETED, "RF202603010000000003", success, "DepositRefundCompleted", data);
        String late = complete("RF202603010000000003", "FAILED", "late", null);
        String unknown = complete("RF209912310000000099", "SUCCESS", null, "2026-03-05 12:34:56");

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(RefundCompletedListener.CONSUMER, late)
                && handled(RefundCompletedListener.CONSUMER, unknown));
        assertThat(row("SELECT * FROM refund_application WHERE id = 3")).isEqualTo(refunded);
        assertThat(row("SELECT state FROM deposit WHERE id = 1")).containsEntry("state", "REFUNDED");
        assertThat(count("SELECT COUNT(*) FROM processed_event WHERE consumer = ? AND event_id = ?",
                RefundCompletedListener.CONSUMER, success)).isEqualTo(1);
    }

    @Test
    void aCompletionBeforeTheConfirmationChangesNothing() throws Exception {
        String eventId = complete("RF202603020000000004", "SUCCESS", null, "2026-03-05 12:34:56");

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(RefundCompletedListener.CONSUMER, eventId));
        assertThat(row("SELECT status, refund_no FROM refund_application WHERE id = 4")).containsEntry("status", 0)
                .containsEntry("refund_no", null);
    }

    private String complete(String refundNo, String state, String reason, String refundTime) throws Exception {
        return publish(COMPLETED, refundNo, "DepositRefundCompleted", completion(refundNo, state, reason, refundTime));
    }

    private static Map<String, Object> completion(String refundNo, String state, String reason, String refundTime) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("refundNo", refundNo);
        data.put("phoneNo", "13900000001");
        data.put("refundAmount", 29900);
        data.put("state", state);
        data.put("reason", reason);
        data.put("refundTime", refundTime);
        return data;
    }
}
