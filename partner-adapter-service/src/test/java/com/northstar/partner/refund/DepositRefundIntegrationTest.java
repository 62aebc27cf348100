package com.northstar.partner.refund;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.partner.PartnerIntegrationTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * deposit.refund-requested -> wcDepositRefund -> deposit.refund-completed: under every fault Weichuang pays exactly
 * once and the refund ends SUCCESS with one event; only a definite refusal ends it FAILED, with Weichuang's reason.
 */
class DepositRefundIntegrationTest extends PartnerIntegrationTestSupport {

    private static final String REFUND = "/wc/deposits/refund";
    private static final String PHONE = "13800000001";

    @ParameterizedTest
    @ValueSource(strings = { "FAIL", "TIMEOUT", "RESET", "DUPLICATE" })
    void aRefundUnderEachFaultIsPaidExactlyOnceAndEndsSuccess(String fault) throws Exception {
        migrated(PHONE);
        SIMULATOR.fault(REFUND, fault, 1, 2000);

        requestRefund("RF-" + fault, PHONE, 29900, "WEICHUANG_MIGRATION");
        awaitUntil(() -> completedEvents("RF-" + fault) == 1);

        List<JsonNode> paid = SIMULATOR.refunds();
        assertThat(paid).hasSize(1);
        assertThat(paid.get(0).get("refundNo").asString()).isEqualTo("RF-" + fault);
        assertThat(paid.get(0).get("refundAmount").asString()).isEqualTo("299.00");
        JsonNode event = completedEvent("RF-" + fault);
        assertThat(event.get("state").asString()).isEqualTo("SUCCESS");
        assertThat(event.get("refundAmount").asLong()).isEqualTo(29900);
        assertThat(event.get("phoneNo").asString()).isEqualTo(PHONE);
        assertThat(event.get("reason").isNull()).isTrue();
        assertThat(event.get("refundTime").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(SIMULATOR.calls(REFUND).stream().map(call -> json.readTree(call.get("body").asString()))
                .map(body -> body.get("refundNo").asString()).distinct().toList())
                .as("the same refundNo on every attempt").containsExactly("RF-" + fault);
    }

    @Test
    void aRefundWeichuangRefusesEndsFailedWithItsReason() throws Exception {
        requestRefund("RF-NOT-MIGRATED", "13800000002", 39900, "WEICHUANG_MIGRATION");
        awaitUntil(() -> completedEvents("RF-NOT-MIGRATED") == 1);

        JsonNode event = completedEvent("RF-NOT-MIGRATED");
        assertThat(event.get("state").asString()).isEqualTo("FAILED");
        assertThat(event.get("reason").asString()).isNotBlank();
        assertThat(SIMULATOR.refunds()).isEmpty();
        assertThat(SIMULATOR.calls(REFUND)).as("a definite refusal is not retried").hasSize(1);
        assertThat(jdbc.sql("SELECT state FROM partner_call").query(String.class).single()).isEqualTo("FAILED");
    }

    @Test
    void aRefundOfAUserWithNoDepositLeftEndsFailed() throws Exception {
        migrated("13800000004");
        requestRefund("RF-NO-DEPOSIT", "13800000004", 29900, "WEICHUANG_MIGRATION");
        awaitUntil(() -> completedEvents("RF-NO-DEPOSIT") == 1);

        assertThat(completedEvent("RF-NO-DEPOSIT").get("state").asString()).isEqualTo("FAILED");
        assertThat(SIMULATOR.refunds()).isEmpty();
    }

    @Test
    void anUnknownOutcomeIsNeverReportedFailedButParkedUntilWeichuangAnswers() throws Exception {
        migrated(PHONE);
        SIMULATOR.fault(REFUND, "FAIL", 1000, 0);

        requestRefund("RF-PARKED", PHONE, 29900, "WEICHUANG_MIGRATION");
        awaitUntil(() -> "PARKED".equals(refundCallState()));
        awaitUntil(() -> count("SELECT attempts FROM partner_call WHERE operation = 'DEPOSIT_REFUND'") >= 2);
        assertThat(completedEvents("RF-PARKED")).as("parked, not failed").isZero();
        assertThat(refundCallState()).isEqualTo("PARKED");

        SIMULATOR.clearFaults();
        awaitUntil(() -> completedEvents("RF-PARKED") == 1);
        assertThat(completedEvent("RF-PARKED").get("state").asString()).isEqualTo("SUCCESS");
        assertThat(SIMULATOR.refunds()).hasSize(1);
    }

    @Test
    void aSecondRequestForTheSameRefundNoAndADepositPaidToUsAddNothing() throws Exception {
        migrated(PHONE);
        requestRefund("RF-TWICE", PHONE, 29900, "WEICHUANG_MIGRATION");
        requestRefund("RF-TWICE", PHONE, 29900, "WEICHUANG_MIGRATION");
        requestRefund("RF-OURS", PHONE, 29900, "REVIEW_TERMS");
        awaitUntil(() -> processed(RefundRequestedListener.CONSUMER) >= 3 && completedEvents("RF-TWICE") == 1);

        assertThat(count("SELECT COUNT(*) FROM partner_call WHERE operation = 'DEPOSIT_REFUND'")).isEqualTo(1);
        assertThat(SIMULATOR.calls(REFUND)).hasSize(1);
    }

    private void migrated(String phoneNo) throws Exception {
        long before = count("SELECT COUNT(*) FROM partner_call WHERE operation = 'MIGRATION_DONE' "
                + "AND state = 'DELIVERED'");
        publish("member.migration-completed", phoneNo, "MemberMigrationCompleted",
                Map.of("phoneNo", phoneNo, "userId", "WC" + phoneNo, "memberId", 1, "merchantCode", "M001"));
        awaitUntil(() -> count("SELECT COUNT(*) FROM partner_call WHERE operation = 'MIGRATION_DONE' "
                + "AND state = 'DELIVERED'") > before);
    }

    private void requestRefund(String refundNo, String phoneNo, long fen, String source) throws Exception {
        publish("deposit.refund-requested", refundNo, "DepositRefundRequested", Map.of("refundNo", refundNo,
                "phoneNo", phoneNo, "userId", "WC" + phoneNo, "refundAmount", fen, "depositSource", source,
                "merchantCode", "M001"));
    }

    private long completedEvents(String refundNo) {
        return count("SELECT COUNT(*) FROM outbox_event WHERE topic = 'deposit.refund-completed' AND message_key = ?",
                refundNo);
    }

    private JsonNode completedEvent(String refundNo) {
        String payload = jdbc.sql("SELECT payload FROM outbox_event WHERE topic = 'deposit.refund-completed' "
                + "AND message_key = ?").param(refundNo).query(String.class).single();
        JsonNode envelope = json.readTree(payload);
        assertThat(envelope.get("eventType").asString()).isEqualTo("DepositRefundCompleted");
        return envelope.get("data");
    }

    private String refundCallState() {
        return jdbc.sql("SELECT state FROM partner_call WHERE operation = 'DEPOSIT_REFUND'").query(String.class)
                .optional().orElse("NONE");
    }
}
