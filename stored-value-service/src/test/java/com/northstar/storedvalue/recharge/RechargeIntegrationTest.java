package com.northstar.storedvalue.recharge;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.storedvalue.CardCommandTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class RechargeIntegrationTest extends CardCommandTestSupport {

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void referenceData() {
        loadReferenceData();
    }

    @Test
    void svOperationStampAnswersAFreshServerTimestamp() throws Exception {
        long before = System.currentTimeMillis();
        String answer = raw(get(STAMP, T001));

        assertThat(answer).matches("\\{\"status\":200,\"message\":\"\",\"data\":\\{\"paymentType\":2,\"timestamp\":\"\\d{13}\"}}");
        assertThat(Long.parseLong(stamp(T001))).isGreaterThanOrEqualTo(before);
    }

    @Test
    void svRechargeCreditsPaidMoneyAsActualAndBonusAsGiveAlongItsSplit() throws Exception {
        String card = cardWith(1, 1, "0.00", "0.00");
        Map<String, Object> body = recharge(card, "300.00", "30.00", stamp(T001));
        body.put("details", List.of(Map.of("paymentType", 1, "money", new BigDecimal("100.00")),
                Map.of("paymentType", 3, "money", new BigDecimal("200.00"))));

        String answer = raw(post(RECHARGE, T001, body));

        assertThat(answer).isEqualTo("{\"status\":200,\"message\":\"\"}");
        Map<String, Object> row = card(card);
        assertThat(row.get("actual_balance")).isEqualTo(new BigDecimal("300.00"));
        assertThat(row.get("give_balance")).isEqualTo(new BigDecimal("30.00"));
        assertThat(row.get("actual_recharge")).isEqualTo(new BigDecimal("300.00"));
        assertThat(count("SELECT COUNT(*) FROM recharge_payment")).isEqualTo(2);
    }

    @Test
    void svRechargeWithAStaleTimestampIs601AndChangesNothing() throws Exception {
        String card = cardWith(1, 1, "10.00", "0.00");
        String readAt = stamp(T001);
        Thread.sleep(2);
        postJson(PAY, T001, payment(card, "1.00", "STALE-1"));

        JsonNode answer = postJson(RECHARGE, T001, recharge(card, "50.00", "0.00", readAt));

        assertThat(statusOf(answer)).isEqualTo(601);
        assertThat(balance(card)).isEqualTo(new BigDecimal("9.00"));
    }

    @Test
    void svRechargeSentAgainWithItsTimestampRechargesOnceAndAnswersTheSame() throws Exception {
        String card = cardWith(1, 1, "0.00", "0.00");
        Map<String, Object> body = recharge(card, "50.00", "5.00", stamp(T001));

        JsonNode first = postJson(RECHARGE, T001, body);
        JsonNode again = postJson(RECHARGE, T001, body);
        body.put("payMoney", new BigDecimal("60.00"));
        body.put("money", new BigDecimal("65.00"));
        body.put("details", List.of(Map.of("paymentType", 1, "money", new BigDecimal("60.00"))));
        JsonNode other = postJson(RECHARGE, T001, body);

        assertThat(again).isEqualTo(first);
        assertThat(statusOf(other)).isEqualTo(601);
        assertThat(balance(card)).isEqualTo(new BigDecimal("55.00"));
    }

    @Test
    void aRechargeIsCountedOnceWithWhatWasPaidAndTheBonus() throws Exception {
        double recharges = meters.get("stored_value.recharges").counter().count();
        double paidFen = meters.get("stored_value.recharges.fen").tag("part", "paid").counter().count();
        double bonusFen = meters.get("stored_value.recharges.fen").tag("part", "bonus").counter().count();
        String card = cardWith(1, 1, "0.00", "0.00");
        Map<String, Object> body = recharge(card, "50.00", "5.00", stamp(T001));

        postJson(RECHARGE, T001, body);
        postJson(RECHARGE, T001, body);

        assertThat(meters.get("stored_value.recharges").counter().count()).isEqualTo(recharges + 1);
        assertThat(meters.get("stored_value.recharges.fen").tag("part", "paid").counter().count())
                .isEqualTo(paidFen + 5000);
        assertThat(meters.get("stored_value.recharges.fen").tag("part", "bonus").counter().count())
                .isEqualTo(bonusFen + 500);
    }

    @Test
    void svRechargeWhoseSplitDoesNotAddUpIs400() throws Exception {
        String card = cardWith(1, 1, "0.00", "0.00");
        Map<String, Object> body = recharge(card, "50.00", "0.00", stamp(T001));
        body.put("details", List.of(Map.of("paymentType", 1, "money", new BigDecimal("40.00"))));

        JsonNode answer = read(post(RECHARGE, T001, body).andReturn());

        assertThat(statusOf(answer)).isEqualTo(400);
        assertThat(balance(card)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void svRechargeByAPlanOnSaleCreditsItsPriceAndBonus() throws Exception {
        String card = cardWith(1, 1, "0.00", "0.00");
        Map<String, Object> body = recharge(card, "500.00", "0.00", stamp(T001));
        body.remove("money");
        body.remove("giveMoney");
        body.put("id", 1);

        assertThat(statusOf(postJson(RECHARGE, T001, body))).isEqualTo(200);
        assertThat(card(card).get("actual_balance")).isEqualTo(new BigDecimal("500.00"));
        assertThat(card(card).get("give_balance")).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void svRechargeByAPlanNotOnSaleIs1001SoldOutIs1002PaidTooLateIs1003() throws Exception {
        String card = cardWith(1, 1, "0.00", "0.00");
        Map<String, Object> ended = recharge(card, "100.00", "0.00", stamp(T001));
        ended.remove("money");
        ended.put("id", 3);
        Map<String, Object> soldOut = recharge(card, "1000.00", "0.00", stamp(T001));
        soldOut.remove("money");
        soldOut.put("id", 2);
        Map<String, Object> late = recharge(card, "500.00", "0.00",
                Long.toString(System.currentTimeMillis() - 6 * 60_000));
        late.remove("money");
        late.put("id", 1);

        assertThat(statusOf(postJson(RECHARGE, T001, ended))).isEqualTo(1001);
        assertThat(statusOf(postJson(RECHARGE, T001, soldOut))).isEqualTo(1002);
        assertThat(statusOf(postJson(RECHARGE, T001, late))).isEqualTo(1003);
        assertThat(balance(card)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void svRechargeOfAnotherTenantsPlanIsAPlainRecharge() throws Exception {
        String card = cardWith(1, 1, "0.00", "0.00");
        Map<String, Object> body = recharge(card, "20.00", "0.00", stamp(T001));
        body.put("id", 4);

        assertThat(statusOf(postJson(RECHARGE, T001, body))).isEqualTo(200);
        assertThat(balance(card)).isEqualTo(new BigDecimal("20.00"));
    }

    @Test
    void svRechargeWithoutATimestampIs400() throws Exception {
        String card = cardWith(1, 1, "0.00", "0.00");
        Map<String, Object> body = recharge(card, "20.00", "0.00", null);

        JsonNode answer = read(post(RECHARGE, T001, body).andReturn());

        assertThat(statusOf(answer)).isEqualTo(400);
    }

    @Test
    void svRechargeOfALostCardIs603AndOfAVoidedCardIs604() throws Exception {
        String lost = cardWith(1, 1, "0.00", "0.00");
        String voided = cardWith(1, 1, "0.00", "0.00");
        jdbc.sql("UPDATE card SET status = 2 WHERE code = ?").param(lost).update();
        jdbc.sql("UPDATE card SET status = 3 WHERE code = ?").param(voided).update();

        assertThat(statusOf(recharged(T001, lost, "10.00", "0.00"))).isEqualTo(603);
        assertThat(statusOf(recharged(T001, voided, "10.00", "0.00"))).isEqualTo(604);
    }
}
