package com.northstar.storedvalue.refund;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.storedvalue.CardCommandTestSupport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class RefundIntegrationTest extends CardCommandTestSupport {

    static final String RECHARGE_DRAFT = "/api/stored-value/recharges/refund-draft?cardCode=";
    static final String RECHARGE_REFUND = "/api/stored-value/recharges/refund";
    static final String BALANCE_DRAFT = "/api/stored-value/balance-refunds/draft?cardCode=";
    static final String BALANCE_CHECK = "/api/stored-value/balance-refunds/check";
    static final String BALANCE_REFUND = "/api/stored-value/balance-refunds";
    static final String RETURN = "/api/stored-value/cards/return";

    @BeforeEach
    void referenceData() {
        loadReferenceData();
    }

    /** A card recharged twice: 100 cash + 10 bonus, then 200 (50 cash, 150 WeChat) + 20 bonus. */
    private String twiceRecharged() throws Exception {
        String card = cardWith(1, 1, "0.00", "0.00");
        recharged(T001, card, "100.00", "10.00");
        Map<String, Object> second = recharge(card, "200.00", "20.00", stamp(T001));
        second.put("details", List.of(Map.of("paymentType", 1, "money", new BigDecimal("50.00")),
                Map.of("paymentType", 3, "money", new BigDecimal("150.00"))));
        postJson(RECHARGE, T001, second);
        return card;
    }

    @Test
    void svRechargeRefundDraftPrefillsTheLatestRefundableRecharge() throws Exception {
        String card = twiceRecharged();

        JsonNode draft = getJson(RECHARGE_DRAFT + card, T001);

        assertThat(draft.get("cardCode").asString()).isEqualTo(card);
        assertThat(draft.get("mac").isNull()).isTrue();
        assertThat(draft.get("rechargeCode").asString()).startsWith("RC");
        assertThat(draft.get("payMoney").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(draft.get("giveMoney").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(draft.get("money").decimalValue()).isEqualByComparingTo("220.00");
        assertThat(draft.get("paymentType").asInt()).isEqualTo(1);
        assertThat(draft.get("timestamp").asString()).isEqualTo(card(card).get("changed_at").toString());
        assertThat(draft.get("billNo").asString()).startsWith("RF");
    }

    @Test
    void svRechargeRefundTakesBackOneRechargeAndItsBonusOncePerBillNo() throws Exception {
        String card = twiceRecharged();
        ObjectNode body = (ObjectNode) getJson(RECHARGE_DRAFT + card, T001);
        body.put("mac", mac(card));

        JsonNode first = postJson(RECHARGE_REFUND, T001, body);
        JsonNode again = postJson(RECHARGE_REFUND, T001, body);

        assertThat(statusOf(first)).isEqualTo(200);
        assertThat(again).isEqualTo(first);
        Map<String, Object> row = card(card);
        assertThat(row.get("actual_balance")).isEqualTo(new BigDecimal("100.00"));
        assertThat(row.get("give_balance")).isEqualTo(new BigDecimal("10.00"));
        assertThat(count("SELECT COUNT(*) FROM balance_refund WHERE kind = 'RECHARGE'")).isEqualTo(1);
        assertThat(getJson(RECHARGE_DRAFT + card, T001).get("payMoney").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void svRechargeRefundOfMoneyAlreadySpentIs605() throws Exception {
        String card = cardWith(1, 1, "0.00", "0.00");
        recharged(T001, card, "100.00", "0.00");
        postJson(PAY, T001, payment(card, "60.00", "SPENT-1"));
        ObjectNode body = (ObjectNode) getJson(RECHARGE_DRAFT + card, T001);
        body.put("mac", mac(card));

        JsonNode answer = postJson(RECHARGE_REFUND, T001, body);

        assertThat(statusOf(answer)).isEqualTo(605);
        assertThat(balance(card)).isEqualByComparingTo("40.00");
    }

    @Test
    void svBalanceRefundDraftSplitsTheActualBalanceAlongTheNewestRechargesFirst() throws Exception {
        String card = twiceRecharged();
        postJson(PAY, T001, payment(card, "120.00", "SPENT-2"));

        JsonNode draft = getJson(BALANCE_DRAFT + card, T001);

        assertThat(draft.get("refundMoney").decimalValue()).isEqualByComparingTo("180.00");
        assertThat(draft.get("payMoney").decimalValue()).isEqualByComparingTo("180.00");
        JsonNode details = draft.get("details");
        assertThat(details).hasSize(2);
        assertThat(details.get(0).get("paymentType").asInt()).isEqualTo(1);
        assertThat(details.get(0).get("money").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(details.get(1).get("paymentType").asInt()).isEqualTo(3);
        assertThat(details.get(1).get("paymentTypeName").asString()).isEqualTo("微信");
        assertThat(details.get(1).get("money").decimalValue()).isEqualByComparingTo("130.00");
        assertThat(draft.get("giveMoney").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(Long.parseLong(draft.get("timestampNow").asString())).isPositive();
    }

    @Test
    void svBalanceRefundCheckChangesNothingAndSvBalanceRefundPaysBackAlongTheSplitOnce() throws Exception {
        String card = twiceRecharged();
        ObjectNode body = (ObjectNode) getJson(BALANCE_DRAFT + card, T001);
        body.put("mac", mac(card));

        JsonNode check = postJson(BALANCE_CHECK, T001, body);
        assertThat(statusOf(check)).isEqualTo(200);
        assertThat(check.get("data").get("paymentType").asInt()).isEqualTo(1);
        assertThat(balance(card)).isEqualByComparingTo("330.00");

        JsonNode refunded = postJson(BALANCE_REFUND, T001, body);
        JsonNode again = postJson(BALANCE_REFUND, T001, body);

        assertThat(statusOf(refunded)).isEqualTo(200);
        assertThat(again).isEqualTo(refunded);
        Map<String, Object> row = card(card);
        assertThat(row.get("actual_balance")).isEqualTo(new BigDecimal("0.00"));
        assertThat(row.get("give_balance")).isEqualTo(new BigDecimal("0.00"));
        assertThat(count("SELECT COUNT(*) FROM balance_refund_detail")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM recharge_payment WHERE refunded <> money")).isZero();
    }

    @Test
    void svBalanceRefundBeyondAPartIs400AndBeyondTheBalanceIs605() throws Exception {
        String card = twiceRecharged();
        postJson(PAY, T001, payment(card, "300.00", "SPENT-3"));
        ObjectNode body = (ObjectNode) getJson(BALANCE_DRAFT + card, T001);
        body.put("mac", mac(card));
        long partId = jdbc.sql("SELECT MAX(id) FROM recharge_payment").query(Long.class).single();
        body.set("details", json.valueToTree(List.of(Map.of("id", partId, "money", new BigDecimal("100.00")))));
        body.remove("refundMoney");
        body.remove("payMoney");
        body.remove("money");
        body.put("giveMoney", 0);

        assertThat(statusOf(postJson(BALANCE_CHECK, T001, body))).isEqualTo(605);
        assertThat(statusOf(postJson(BALANCE_REFUND, T001, body))).isEqualTo(605);
        body.set("details", json.valueToTree(List.of(Map.of("id", partId, "money", new BigDecimal("151.00")))));
        assertThat(statusOf(read(post(BALANCE_REFUND, T001, body).andReturn()))).isEqualTo(400);
        assertThat(balance(card)).isEqualByComparingTo("30.00");
    }

    @Test
    void svCardReturnRefundsTheActualBalanceForfeitsTheBonusAndClosesTheCard() throws Exception {
        String card = cardWith(1, 1, "80.00", "15.00");
        Map<String, Object> body = cardCommand(T001, card);
        body.put("paymentType", 1);

        JsonNode answer = postJson(RETURN, T001, body);

        assertThat(statusOf(answer)).isEqualTo(200);
        Map<String, Object> row = card(card);
        assertThat(row.get("status")).isEqualTo(4);
        assertThat(balance(card)).isEqualByComparingTo("0.00");
        Map<String, Object> refund = jdbc.sql("SELECT * FROM balance_refund WHERE kind = 'RETURN'").query().singleRow();
        assertThat(refund.get("pay_money")).isEqualTo(new BigDecimal("80.00"));
        assertThat(refund.get("give_money")).isEqualTo(new BigDecimal("15.00"));
        assertThat(statusOf(postJson(PAY, T001, payment(card, "1.00", "AFTER-RETURN")))).isEqualTo(601);
    }
}
