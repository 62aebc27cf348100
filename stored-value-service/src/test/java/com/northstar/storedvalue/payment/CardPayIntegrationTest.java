package com.northstar.storedvalue.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.storedvalue.CardCommandTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CardPayIntegrationTest extends CardCommandTestSupport {

    static final String REVERSE = "/api/stored-value/card-payments/reverse";

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void referenceData() {
        loadReferenceData();
    }

    @Test
    void svCardPayTakesActualMoneyFirstAndEarnsPoints() throws Exception {
        String card = cardWith(1, 1, "100.00", "20.00");

        String answer = raw(post(PAY, T001, payment(card, "110.00", "O-1")));

        assertThat(answer).isEqualTo(
                "{\"status\":200,\"message\":\"\",\"data\":{\"cardCode\":\"" + card
                        + "\",\"balance\":10.00,\"discount\":1.00,\"canMemberPrice\":true}}");
        Map<String, Object> row = card(card);
        assertThat(row.get("actual_balance")).isEqualTo(new BigDecimal("0.00"));
        assertThat(row.get("give_balance")).isEqualTo(new BigDecimal("10.00"));
        assertThat(row.get("actual_points")).isEqualTo(11);
    }

    @Test
    void svCardPaySpendsBonusFirstWhenTheCardClassSaysSo() throws Exception {
        String card = cardWith(1, 2, "100.00", "20.00");

        postJson(PAY, T001, payment(card, "30.00", "O-2"));

        assertThat(card(card).get("give_balance")).isEqualTo(new BigDecimal("0.00"));
        assertThat(card(card).get("actual_balance")).isEqualTo(new BigDecimal("90.00"));
    }

    @Test
    void svCardPayBeyondTheBalanceIs605AndChangesNothing() throws Exception {
        String card = cardWith(1, 1, "10.00", "0.00");

        JsonNode answer = read(post(PAY, T001, payment(card, "10.01", "O-3")).andExpect(status().isOk()).andReturn());

        assertThat(statusOf(answer)).isEqualTo(605);
        assertThat(balance(card)).isEqualTo(new BigDecimal("10.00"));
        assertThat(count("SELECT COUNT(*) FROM card_payment")).isZero();
    }

    @Test
    void svCardPayWithTheSameCodeAndContentPaysOnceAndAnswersTheSame() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");

        JsonNode first = postJson(PAY, T001, payment(card, "12.50", "O-4"));
        JsonNode again = postJson(PAY, T001, payment(card, "12.50", "O-4"));

        assertThat(again).isEqualTo(first);
        assertThat(balance(card)).isEqualTo(new BigDecimal("37.50"));
        assertThat(count("SELECT COUNT(*) FROM card_ledger WHERE kind = 'PAY'")).isEqualTo(1);
    }

    @Test
    void paymentsAndReversalsAreCountedWithTheirMoneyOnceEachAndRefusedOnesNot() throws Exception {
        double payments = counted("stored_value.card.payments", "payment");
        double paidFen = counted("stored_value.card.payments.fen", "payment");
        double reversals = counted("stored_value.card.payments", "reversal");
        String card = cardWith(1, 1, "50.00", "0.00");

        postJson(PAY, T001, payment(card, "12.50", "O-M"));
        postJson(PAY, T001, payment(card, "12.50", "O-M"));
        assertThat(statusOf(postJson(PAY, T001, payment(card, "99.00", "O-M2")))).isEqualTo(605);
        postJson(REVERSE, T001, payment(card, "12.50", "O-M"));

        assertThat(counted("stored_value.card.payments", "payment")).isEqualTo(payments + 1);
        assertThat(counted("stored_value.card.payments.fen", "payment")).isEqualTo(paidFen + 1250);
        assertThat(counted("stored_value.card.payments", "reversal")).isEqualTo(reversals + 1);
    }

    private double counted(String name, String kind) {
        return meters.get(name).tag("kind", kind).counter().count();
    }

    @Test
    void svCardPayWithTheSameCodeAndOtherContentIs801() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");
        postJson(PAY, T001, payment(card, "12.50", "O-5"));

        JsonNode answer = postJson(PAY, T001, payment(card, "13.00", "O-5"));

        assertThat(statusOf(answer)).isEqualTo(801);
        assertThat(balance(card)).isEqualTo(new BigDecimal("37.50"));
    }

    @Test
    void svCardPayOnAnotherTenantsCardIs602() throws Exception {
        String card = cardWith(2, 3, "50.00", "0.00");

        JsonNode answer = postJson(PAY, T001, payment(card, "1.00", "O-6"));

        assertThat(statusOf(answer)).isEqualTo(602);
        assertThat(balance(card)).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void svCardPayReverseGivesBackExactlyThePartsAndThePointsOnce() throws Exception {
        String card = cardWith(1, 1, "100.00", "20.00");
        postJson(PAY, T001, payment(card, "110.00", "O-7"));

        JsonNode reversed = postJson(REVERSE, T001, payment(card, "110.00", "O-7"));
        JsonNode again = postJson(REVERSE, T001, payment(card, "110.00", "O-7"));

        assertThat(statusOf(reversed)).isEqualTo(200);
        assertThat(again).isEqualTo(reversed);
        Map<String, Object> row = card(card);
        assertThat(row.get("actual_balance")).isEqualTo(new BigDecimal("100.00"));
        assertThat(row.get("give_balance")).isEqualTo(new BigDecimal("20.00"));
        assertThat(row.get("actual_points")).isEqualTo(0);
        assertThat(count("SELECT COUNT(*) FROM card_ledger WHERE kind = 'PAY_REVERSE'")).isEqualTo(1);
    }

    @Test
    void svCardPayWhileTheShopsDayIsBeingSettledIs902AndChangesNothing() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");
        jdbc.sql("UPDATE shop_gate SET settling_since = NOW() WHERE shop_id = 1").update();

        JsonNode atShop1 = postJson(PAY, T001, payment(card, "1.00", "O-8"));
        JsonNode atShop2 = postJson(PAY, T001_SHOP_2, payment(card, "1.00", "O-9"));

        assertThat(statusOf(atShop1)).isEqualTo(902);
        assertThat(statusOf(atShop2)).isEqualTo(200);
        assertThat(balance(card)).isEqualTo(new BigDecimal("49.00"));
    }

    @Test
    void svCardPayReverseOfAPaymentOfASettledDayIs905() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");
        postJson(PAY, T001, payment(card, "10.00", "O-10"));
        jdbc.sql("UPDATE shop_gate SET business_day = business_day + INTERVAL 1 DAY WHERE shop_id = 1").update();

        JsonNode answer = postJson(REVERSE, T001, payment(card, "10.00", "O-10"));

        assertThat(statusOf(answer)).isEqualTo(905);
        assertThat(balance(card)).isEqualTo(new BigDecimal("40.00"));
    }

    @Test
    void svCardPayReverseOfAnUnknownPaymentIs400() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");

        JsonNode answer = read(post(REVERSE, T001, payment(card, "10.00", "NEVER-PAID")).andReturn());

        assertThat(statusOf(answer)).isEqualTo(400);
    }

    @Test
    void svCardPayCodeIsUsableForPayInfoByMacAndToPayUntilItExpires() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");

        JsonNode issued = postJson("/api/stored-value/cards/pay-code", T001,
                Map.of("code", card, "mac", mac(card), "id", 3));
        String payCode = issued.get("data").asString();

        assertThat(payCode).matches("88\\d{16}");
        JsonNode info = getJson("/api/stored-value/cards/pay-info-by-mac?mac=" + payCode, T001);
        assertThat(info.get("data").get("cardCode").asString()).isEqualTo(card);
        Map<String, Object> byCode = Map.of("cardCode", "", "mac", payCode, "money", new BigDecimal("5.00"),
                "code", "O-11", "userId", 5);
        assertThat(statusOf(postJson(PAY, T001, byCode))).isEqualTo(200);
        assertThat(balance(card)).isEqualTo(new BigDecimal("45.00"));

        jdbc.sql("UPDATE pay_code SET expires_at = NOW() - INTERVAL 1 SECOND WHERE code = ?").param(payCode).update();
        assertThat(statusOf(getJson("/api/stored-value/cards/pay-info-by-mac?mac=" + payCode, T001))).isEqualTo(606);
        Map<String, Object> expired = Map.of("cardCode", card, "mac", payCode, "money", new BigDecimal("5.00"),
                "code", "O-12", "userId", 5);
        assertThat(statusOf(postJson(PAY, T001, expired))).isEqualTo(606);
        assertThat(balance(card)).isEqualTo(new BigDecimal("45.00"));
    }

    @Test
    void svCardPayInfoShowsTheMembersLevelDiscountWhenTheClassAllowsIt() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");
        jdbc.sql("INSERT INTO member (tenant_id, name, member_level_id, created_at, updated_at) VALUES (1, '李四', 3, NOW(), NOW())").update();
        jdbc.sql("UPDATE card SET member_id = (SELECT MAX(id) FROM member) WHERE code = ?").param(card).update();

        JsonNode info = getJson("/api/stored-value/cards/pay-info?cardCode=" + card + "&mac=" + mac(card), T001);

        assertThat(info.get("data").get("discount").decimalValue()).isEqualByComparingTo("0.88");
        assertThat(info.get("data").get("canMemberPrice").asBoolean()).isTrue();
    }
}
