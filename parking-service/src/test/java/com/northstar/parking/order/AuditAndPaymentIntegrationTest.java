package com.northstar.parking.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.parking.ParkingIntegrationTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * parkingAuditDecide, parkingOrderWxPay and parkingPayNotify, and the timeout: the card's end moves only when the
 * money for a payable order arrives.
 */
class AuditAndPaymentIntegrationTest extends ParkingIntegrationTestSupport {

    private static final String PAID_UNTIL = "1818950400000";
    private static final String ONE_YEAR_LATER = "1850572800000";

    @Autowired
    private OrderTimeouts timeouts;

    @Autowired
    private MeterRegistry meters;

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void parkingAuditDecideApprovesAnOrderAwaitingAuditAndTheCardShowsIt() throws Exception {
        String orderId = renewed(renewal().send(APP));
        JsonNode card = card();
        assertThat(card.path("lastOrderId").asString()).isEqualTo(orderId);
        assertThat(card.path("auditStateBeforePay").asString()).isEqualTo("01");
        assertThat(card.path("isExpire").asString()).isEqualTo("2");
        assertThat(card.path("orderState").asString()).isEqualTo("01");
        assertThat(card.path("orderAmount").decimalValue()).isEqualByComparingTo("0.01");

        post(AUDIT, PARK, Map.of("omPrOrderId", orderId, "auditStateBeforePay", "03", "remark", "ok"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.resultData.auditStateBeforePay").value("03"));
        assertThat(card().path("auditStateBeforePay").asString()).isEqualTo("03");
        assertThat(card().path("isExpire").asString()).isEqualTo("3");
    }

    @Test
    void parkingAuditDecideRejectsAnOrderWhichClosesItSoTheCardMayBeRenewedAgain() throws Exception {
        String orderId = renewed(renewal().send(APP));
        post(AUDIT, PARK, Map.of("omPrOrderId", orderId, "auditStateBeforePay", "04", "remark", "证件不清"))
                .andExpect(status().isOk());
        assertThat(card().path("isExpire").asString()).isEqualTo("4");
        assertThat(card().path("state").asString()).isEqualTo("1");
        post(USER_BY_CARD, APP, Map.of("omPrCardId", CARD_ID)).andExpect(jsonPath("$.canRePay").value("0"));
        post(WXPAY, APP, Map.of("omPrOrderId", orderId, "openId", "o1")).andExpect(status().isConflict());
        renewed(renewal().send(APP));
    }

    @Test
    void parkingAuditDecideRefusesOtherValues400UnknownOrders404AndDecidedOrders409() throws Exception {
        String orderId = renewed(renewal().send(APP));
        for (String value : new String[] { "01", "02", "3", "" }) {
            post(AUDIT, PARK, Map.of("omPrOrderId", orderId, "auditStateBeforePay", value))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.isSuccess").value("1"));
        }
        post(AUDIT, PARK, Map.of("omPrOrderId", "nope", "auditStateBeforePay", "03")).andExpect(status().isNotFound());
        post(AUDIT, PARK, Map.of("omPrOrderId", orderId, "auditStateBeforePay", "03")).andExpect(status().isOk());
        post(AUDIT, PARK, Map.of("omPrOrderId", orderId, "auditStateBeforePay", "04")).andExpect(status().isConflict());
    }

    @Test
    void parkingAuditDecideIsForParkOnlyAndAppGets403EvenForAnUnknownOrder() throws Exception {
        post(AUDIT, APP, Map.of("omPrOrderId", "nope", "auditStateBeforePay", "03")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.isSuccess").value("1"));
    }

    @Test
    void parkingOrderWxPayRefusesAnOrderAwaitingAuditRejectedOrPaidWith409() throws Exception {
        String orderId = renewed(renewal().send(APP));
        post(WXPAY, APP, Map.of("omPrOrderId", orderId, "openId", "o1")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.isSuccess").value("1"));
        approve(orderId);
        pay(orderId, "tx-1");
        post(WXPAY, APP, Map.of("omPrOrderId", orderId, "openId", "o1")).andExpect(status().isConflict());
    }

    @Test
    void parkingOrderWxPayStartsAPaymentAndChangesNothingOnTheCard() throws Exception {
        String orderId = approvedOrder();
        String before = masked(text(post(USER_BY_CARD, APP, Map.of("omPrOrderId", CARD_ID, "omPrCardId", CARD_ID))
                .andReturn()));
        JsonNode answer = body(post(WXPAY, APP, Map.of("omPrOrderId", orderId, "openId", "o1"))
                .andExpect(status().isOk()));
        assertThat(answer.path("isSuccess").asString()).isEqualTo("true");
        assertThat(answer.path("prOrderPayRes").path("period").asInt()).isEqualTo(300);
        assertThat(answer.path("prOrderPayRes").path("secuParam").path("package").asString()).startsWith("prepay_id=");
        String after = masked(text(post(USER_BY_CARD, APP, Map.of("omPrCardId", CARD_ID)).andReturn()));
        assertThat(after).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM parking_payment WHERE order_id = ? AND state = 'CREATE'", orderId))
                .isEqualTo(1);
    }

    @Test
    void parkingOrderWxPayNeedsOrderAndOpenIdAndKnowsTheOrder() throws Exception {
        post(WXPAY, APP, Map.of("omPrOrderId", "x")).andExpect(status().isBadRequest());
        post(WXPAY, APP, Map.of("openId", "o1")).andExpect(status().isBadRequest());
        post(WXPAY, APP, Map.of("omPrOrderId", "nope", "openId", "o1")).andExpect(status().isNotFound());
        post(WXPAY, PARK, Map.of("omPrOrderId", "nope", "openId", "o1")).andExpect(status().isForbidden());
    }

    @Test
    void parkingPayNotifySuccessMarksTheOrderPaidAndMovesTheCardToItsEnd() throws Exception {
        String orderId = approvedOrder();
        post(WXPAY, APP, Map.of("omPrOrderId", orderId, "openId", "o1")).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(30));
        pay(orderId, "tx-1").andExpect(status().isOk()).andExpect(jsonPath("$.resultData.state").value("03"));

        JsonNode card = card();
        assertThat(card.path("renewEndDt").asString()).isEqualTo(ONE_YEAR_LATER);
        assertThat(card.path("orderState").asString()).isEqualTo("03");
        assertThat(card.path("isExpire").asString()).isEqualTo("0");
        assertThat(card.path("state").asString()).isEqualTo("1");
        assertThat(jdbc.sql("SELECT pay_suc_dt IS NOT NULL AND state = '03' FROM parking_order WHERE id = ?")
                .param(orderId).query(Boolean.class).single()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM parking_payment WHERE order_id = ? AND state = 'PAID'", orderId))
                .isEqualTo(1);
        post(USER_BY_CARD, APP, Map.of("omPrCardId", CARD_ID)).andExpect(jsonPath("$.canRePay").value("0"));
    }

    @Test
    void parkingPayNotifyTheSameSuccessAgainChangesNothing() throws Exception {
        String orderId = approvedOrder();
        pay(orderId, "tx-1").andExpect(status().isOk());
        String once = masked(text(post(USER_BY_CARD, APP, Map.of("omPrCardId", CARD_ID)).andReturn()));
        clock.advance(Duration.ofMinutes(1));
        pay(orderId, "tx-1").andExpect(status().isOk()).andExpect(jsonPath("$.resultData.state").value("03"));
        assertThat(masked(text(post(USER_BY_CARD, APP, Map.of("omPrCardId", CARD_ID)).andReturn()))).isEqualTo(once);
        pay(orderId, "tx-2").andExpect(status().isConflict());
    }

    @Test
    void ordersAreCountedWhenCreatedAndOncePaidWithTheirMoney() throws Exception {
        double created = orders("created");
        double paid = orders("paid");
        double failed = orders("payment_failed");
        double paidFen = meters.get("parking.orders.paid.fen").counter().count();

        String orderId = approvedOrder();
        post(NOTIFY, PAYMENT, notice(orderId, "tx-f", "FAIL")).andExpect(status().isOk());
        pay(orderId, "tx-1").andExpect(status().isOk());
        pay(orderId, "tx-1").andExpect(status().isOk());

        assertThat(orders("created")).isEqualTo(created + 1);
        assertThat(orders("payment_failed")).isEqualTo(failed + 1);
        assertThat(orders("paid")).as("the same success again changes nothing").isEqualTo(paid + 1);
        assertThat(meters.get("parking.orders.paid.fen").counter().count()).isEqualTo(paidFen + 1);
    }

    private double orders(String stage) {
        return meters.get("parking.orders").tag("stage", stage).counter().count();
    }

    @Test
    void concurrentCopiesOfASuccessExtendTheCardOnce() throws Exception {
        String orderId = approvedOrder();
        assertThat(concurrently(8, () -> pay(orderId, "tx-1"))).containsOnly(200);
        assertThat(card().path("renewEndDt").asString()).isEqualTo(ONE_YEAR_LATER);
        assertThat(orderState(orderId)).isEqualTo("03");
    }

    @Test
    void parkingPayNotifyWithAnotherAmountIsRefusedAndTheOrderIsUnchanged() throws Exception {
        String orderId = approvedOrder();
        Map<String, Object> notice = notice(orderId, "tx-1", "SUCCESS");
        notice.put("totalFee", 100);
        post(NOTIFY, PAYMENT, notice).andExpect(status().isConflict()).andExpect(jsonPath("$.isSuccess").value("1"));
        assertThat(orderState(orderId)).isEqualTo("01");
        assertThat(card().path("renewEndDt").asString()).isEqualTo(PAID_UNTIL);
    }

    @Test
    void parkingPayNotifyFailLeavesTheOrderPayable() throws Exception {
        String orderId = approvedOrder();
        post(NOTIFY, PAYMENT, notice(orderId, "tx-f", "FAIL")).andExpect(status().isOk())
                .andExpect(jsonPath("$.resultData.state").value("01"));
        post(WXPAY, APP, Map.of("omPrOrderId", orderId, "openId", "o1")).andExpect(status().isOk());
        pay(orderId, "tx-1").andExpect(jsonPath("$.resultData.state").value("03"));
    }

    @Test
    void parkingPayNotifyOfAnUnknownOrderIs404AndMissingFieldsAre400() throws Exception {
        post(NOTIFY, PAYMENT, notice("nope", "tx", "SUCCESS")).andExpect(status().isNotFound());
        String orderId = approvedOrder();
        for (String field : new String[] { "outTradeNo", "transactionId", "totalFee", "tradeState" }) {
            Map<String, Object> notice = notice(orderId, "tx-1", "SUCCESS");
            notice.remove(field);
            post(NOTIFY, PAYMENT, notice).andExpect(status().isBadRequest());
        }
        post(NOTIFY, PAYMENT, notice(orderId, "tx-1", "PENDING")).andExpect(status().isBadRequest());
        assertThat(orderState(orderId)).isEqualTo("01");
    }

    @Test
    void parkingPayNotifyIsForThePaymentProviderOnly() throws Exception {
        String orderId = approvedOrder();
        post(NOTIFY, APP, notice(orderId, "tx-1", "SUCCESS")).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post(NOTIFY).contentType("application/json")
                .content(json.writeValueAsString(notice(orderId, "tx-1", "SUCCESS"))))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.isSuccess").value("1"));
        assertThat(orderState(orderId)).isEqualTo("01");
    }

    @Test
    void anApprovedOrderTimesOut300SecondsAfterApprovalAndALateSuccessIsRecordedForRefund() throws Exception {
        String orderId = renewed(renewal().send(APP));
        clock.advance(Duration.ofHours(2));
        approve(orderId);
        clock.advance(Duration.ofSeconds(299));
        post(USER_BY_CARD, APP, Map.of("omPrCardId", CARD_ID)).andExpect(jsonPath("$.canRePay").value("1"));
        clock.advance(Duration.ofSeconds(1));

        post(WXPAY, APP, Map.of("omPrOrderId", orderId, "openId", "o1")).andExpect(status().isConflict());
        assertThat(orderState(orderId)).isEqualTo("81");
        post(USER_BY_CARD, APP, Map.of("omPrCardId", CARD_ID)).andExpect(jsonPath("$.canRePay").value("0"))
                .andExpect(jsonPath("$.resultData.cardList[0].orderState").value("81"));

        pay(orderId, "tx-late").andExpect(status().isOk()).andExpect(jsonPath("$.resultData.state").value("21"));
        assertThat(orderState(orderId)).isEqualTo("21");
        assertThat(card().path("renewEndDt").asString()).isEqualTo(PAID_UNTIL);
        pay(orderId, "tx-late").andExpect(status().isOk()).andExpect(jsonPath("$.resultData.state").value("21"));
    }

    @Test
    void anOrderWithoutAuditTimesOutFromItsCreationAndTheSweepClosesIt() throws Exception {
        jdbc.sql("UPDATE parking_product SET audit_before_pay = FALSE").update();
        String orderId = renewed(renewal().send(APP));
        assertThat(card().path("auditStateBeforePay").isNull()).isTrue();
        clock.advance(Duration.ofSeconds(299));
        timeouts.sweep();
        assertThat(orderState(orderId)).isEqualTo("01");
        clock.advance(Duration.ofSeconds(1));
        timeouts.sweep();
        assertThat(orderState(orderId)).isEqualTo("81");
        assertThat(jdbc.sql("SELECT open_card_id FROM parking_order WHERE id = ?").param(orderId)
                .query(String.class).optional()).isEmpty();
        renewed(renewal().send(APP));
    }

    @Test
    void anOrderAwaitingAuditDoesNotTimeOut() throws Exception {
        String orderId = renewed(renewal().send(APP));
        clock.advance(Duration.ofDays(3));
        timeouts.sweep();
        assertThat(orderState(orderId)).isEqualTo("01");
        approve(orderId);
        pay(orderId, "tx-1").andExpect(jsonPath("$.resultData.state").value("03"));
    }

    @Test
    void aSuccessForAnOrderAwaitingAuditIsRecordedForRefundAndNotApplied() throws Exception {
        String orderId = renewed(renewal().send(APP));
        pay(orderId, "tx-early").andExpect(status().isOk()).andExpect(jsonPath("$.resultData.state").value("21"));
        assertThat(card().path("renewEndDt").asString()).isEqualTo(PAID_UNTIL);
        post(USER_BY_CARD, APP, Map.of("omPrCardId", CARD_ID)).andExpect(jsonPath("$.canRePay").value("0"));
    }

    @Test
    void aPaidRenewalStacksTheNextOneOnItsEnd() throws Exception {
        pay(approvedOrder(), "tx-1");
        String next = renewed(renewal().send(APP));
        assertThat(jdbc.sql("SELECT start_dt FROM parking_order WHERE id = ?").param(next)
                .query(java.time.LocalDateTime.class).single()).isEqualTo(java.time.LocalDateTime.of(2028, 8, 23, 0, 0));
    }

    private String approvedOrder() throws Exception {
        String orderId = renewed(renewal().send(APP));
        approve(orderId);
        return orderId;
    }

    private void approve(String orderId) throws Exception {
        post(AUDIT, PARK, Map.of("omPrOrderId", orderId, "auditStateBeforePay", "03")).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions pay(String orderId, String transactionId)
            throws Exception {
        return post(NOTIFY, PAYMENT, notice(orderId, transactionId, "SUCCESS"));
    }

    private static Map<String, Object> notice(String orderId, String transactionId, String tradeState) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("outTradeNo", orderId);
        notice.put("transactionId", transactionId);
        notice.put("totalFee", 1);
        notice.put("tradeState", tradeState);
        return new HashMap<>(notice);
    }

    private String orderState(String orderId) {
        return jdbc.sql("SELECT state FROM parking_order WHERE id = ?").param(orderId).query(String.class).single();
    }

    private JsonNode card() throws Exception {
        return body(post(USER_BY_CARD, APP, Map.of("omPrCardId", CARD_ID))).path("resultData").path("cardList")
                .get(0);
    }
}
