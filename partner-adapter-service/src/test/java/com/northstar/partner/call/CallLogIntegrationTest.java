package com.northstar.partner.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.partner.PartnerIntegrationTestSupport;
import com.northstar.partner.weichuang.WeichuangOperation;
import com.northstar.platform.service.retention.RetentionSweep;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The call log keeps every attempt with phone numbers masked, is swept by age, and the metrics count calls. */
class CallLogIntegrationTest extends PartnerIntegrationTestSupport {

    @Autowired
    private RetentionSweep retention;
    @Autowired
    private MeterRegistry meters;

    @Test
    void everyAttemptOfAQueryIsLoggedWithThePhoneNumberMasked() throws Exception {
        get("/internal/partner/users/13800000001/deposit", INTERNAL).andExpect(status().isOk());

        String logged = jdbc.sql("SELECT masked_request FROM partner_call_attempt WHERE operation = 'wcUserDeposit'")
                .query(String.class).single();
        assertThat(logged).contains("138****0001").doesNotContain("13800000001");
        assertThat(count("SELECT COUNT(*) FROM partner_call_attempt WHERE operation = 'wcUserDeposit' "
                + "AND http_status = 200 AND outcome = 'SUCCESS' AND request_id IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void theRetentionSweepDeletesAttemptsOlderThanTheRetentionOnly() {
        insertAttempt("2000-01-01 00:00:00");
        insertAttempt("2999-01-01 00:00:00");

        assertThat(retention.sweepOnce()).isEqualTo(1);

        assertThat(count("SELECT COUNT(*) FROM partner_call_attempt")).isEqualTo(1);
    }

    @Test
    void callsAreCountedByOperationAndOutcomeAndParkedCallsAreGauged() throws Exception {
        double before = meters.counter("partner.weichuang.calls", "operation", "wcUserInfo", "outcome", "REFUSED")
                .count();
        get("/internal/partner/users/13800009999", INTERNAL).andExpect(status().isNotFound());
        assertThat(meters.counter("partner.weichuang.calls", "operation", "wcUserInfo", "outcome", "REFUSED")
                .count()).isEqualTo(before + 1);

        jdbc.sql("""
                INSERT INTO partner_call (operation, call_key, request_json, state, attempts, next_attempt_at,
                    created_at, updated_at)
                VALUES ('MIGRATION_DONE', '13800000001', '{}', 'PARKED', 1, '2999-01-01 00:00:00', NOW(), NOW())""")
                .update();
        assertThat(meters.get("partner.calls.parked").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void everyOperationsBreakerStateAndCallCountsAreExportedBeforeItsFirstCall() {
        for (WeichuangOperation operation : WeichuangOperation.values()) {
            assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", operation.name())
                    .tag("state", "open").gauge()).as(operation + " breaker").isNotNull();
            assertThat(meters.find("partner.weichuang.calls").tag("operation", operation.name())
                    .tag("outcome", "BREAKER_OPEN").counter()).as(operation + " calls").isNotNull();
        }
    }

    private void insertAttempt(String attemptedAt) {
        jdbc.sql("""
                INSERT INTO partner_call_attempt (operation, request_id, attempt, outcome, latency_ms, attempted_at)
                VALUES ('wcTankQuery', 'r-1', 1, 'SUCCESS', 3, ?)""").param(attemptedAt).update();
    }
}
