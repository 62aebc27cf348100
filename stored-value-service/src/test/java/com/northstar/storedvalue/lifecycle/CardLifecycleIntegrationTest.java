package com.northstar.storedvalue.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.storedvalue.CardCommandTestSupport;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CardLifecycleIntegrationTest extends CardCommandTestSupport {

    static final String REPORT_LOSS = "/api/stored-value/cards/report-loss";
    static final String CANCEL_LOSS = "/api/stored-value/cards/cancel-loss";
    static final String REPLACE = "/api/stored-value/cards/replace";
    static final String VOID = "/api/stored-value/cards/void";

    @BeforeEach
    void referenceData() {
        loadReferenceData();
    }

    @Test
    void svCardReportLossMakesPayAndRecharge603UntilSvCardCancelLossWithTheMac() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");
        Map<String, Object> loss = cardCommand(T001, card);
        loss.remove("mac");

        assertThat(raw(post(REPORT_LOSS, T001, loss))).isEqualTo("{\"status\":200,\"message\":\"\"}");
        assertThat(statusOf(postJson(PAY, T001, payment(card, "1.00", "LOST-1")))).isEqualTo(603);
        assertThat(statusOf(recharged(T001, card, "10.00", "0.00"))).isEqualTo(603);

        Map<String, Object> cancel = cardCommand(T001, card);
        cancel.remove("mac");
        assertThat(statusOf(read(post(CANCEL_LOSS, T001, cancel).andReturn()))).isEqualTo(400);
        Map<String, Object> wrongMac = cardCommand(T001, card);
        wrongMac.put("mac", "not-the-mac");
        assertThat(statusOf(postJson(CANCEL_LOSS, T001, wrongMac))).isEqualTo(602);
        assertThat(statusOf(postJson(CANCEL_LOSS, T001, cardCommand(T001, card)))).isEqualTo(200);
        assertThat(statusOf(postJson(PAY, T001, payment(card, "1.00", "LOST-2")))).isEqualTo(200);
    }

    @Test
    void svCardReportLossWithAStaleTimestampIs601() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");
        Map<String, Object> loss = cardCommand(T001, card);
        Thread.sleep(2);
        postJson(PAY, T001, payment(card, "1.00", "STALE-LOSS"));

        assertThat(statusOf(postJson(REPORT_LOSS, T001, loss))).isEqualTo(601);
        assertThat(card(card).get("status")).isEqualTo(1);
    }

    @Test
    void svCardReplaceMovesMemberBalancesAndPointsToTheNewCardAndTheOldIsUnusable() throws Exception {
        String old = cardWith(1, 1, "70.00", "7.00");
        postJson(PAY, T001, payment(old, "20.00", "BEFORE-REPLACE"));
        jdbc.sql("INSERT INTO member (tenant_id, name, card_id, created_at, updated_at) "
                + "SELECT 1, '张三', id, NOW(), NOW() FROM card WHERE code = ?").param(old).update();
        long memberId = jdbc.sql("SELECT id FROM member WHERE name = '张三'").query(Long.class).single();
        jdbc.sql("UPDATE card SET member_id = ? WHERE code = ?").params(memberId, old).update();
        postJson(REPORT_LOSS, T001, cardCommand(T001, old));
        String replacement = newCardCode();
        Map<String, Object> body = cardCommand(T001, replacement);
        body.put("oldCardCode", old);

        JsonNode answer = postJson(REPLACE, T001, body);

        assertThat(statusOf(answer)).isEqualTo(200);
        Map<String, Object> fresh = card(replacement);
        assertThat(fresh.get("actual_balance")).isEqualTo(new BigDecimal("50.00"));
        assertThat(fresh.get("give_balance")).isEqualTo(new BigDecimal("7.00"));
        assertThat(fresh.get("actual_points")).isEqualTo(2);
        assertThat(fresh.get("member_id")).isEqualTo(memberId);
        assertThat(fresh.get("send_mode")).isEqualTo(5);
        assertThat(card(old).get("status")).isEqualTo(5);
        assertThat(balance(old)).isEqualByComparingTo("0.00");
        assertThat(jdbc.sql("SELECT card_id FROM member WHERE id = ?").param(memberId).query(Long.class).single())
                .isEqualTo(fresh.get("id"));
        assertThat(statusOf(postJson(PAY, T001, payment(old, "1.00", "OLD-AFTER")))).isEqualTo(601);
        assertThat(statusOf(postJson(PAY, T001, payment(replacement, "1.00", "NEW-AFTER")))).isEqualTo(200);
    }

    @Test
    void svCardVoidMakesTheCard604AndVoidingAgainChangesNothing() throws Exception {
        String card = cardWith(1, 1, "5.00", "0.00");
        Map<String, Object> body = Map.of("cardCode", card, "id", 2);

        assertThat(statusOf(postJson(VOID, T001, body))).isEqualTo(200);
        assertThat(statusOf(postJson(VOID, T001, body))).isEqualTo(200);
        assertThat(statusOf(postJson(PAY, T001, payment(card, "1.00", "VOIDED-1")))).isEqualTo(604);
        assertThat(statusOf(postJson(REPORT_LOSS, T001, cardCommand(T001, card)))).isEqualTo(604);
    }

    @Test
    void cardCommandsOnAnotherTenantsCardAre602() throws Exception {
        String foreign = cardWith(2, 3, "5.00", "0.00");

        assertThat(statusOf(postJson(VOID, T001, Map.of("cardCode", foreign)))).isEqualTo(602);
        assertThat(statusOf(postJson(REPORT_LOSS, T001, cardCommand(T001, foreign)))).isEqualTo(602);
        assertThat(card(foreign).get("status")).isEqualTo(1);
    }
}
