package com.northstar.storedvalue.gift;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.storedvalue.CardCommandTestSupport;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GiftRedeemIntegrationTest extends CardCommandTestSupport {

    static final String REDEEM = "/api/stored-value/gifts/redeem";

    @BeforeEach
    void referenceData() {
        loadReferenceData();
    }

    private Map<String, Object> redeem(String card, long giftId) throws Exception {
        Map<String, Object> body = cardCommand(T001, card);
        body.put("giftId", giftId);
        return body;
    }

    @Test
    void svGiftRedeemSpendsPointsAndTakesOneFromStock() throws Exception {
        String card = cardWith(1, 1, "2000.00", "0.00");
        postJson(PAY, T001, payment(card, "1500.00", "POINTS-1"));

        assertThat(statusOf(postJson(REDEEM, T001, redeem(card, 1)))).isEqualTo(200);

        Map<String, Object> row = card(card);
        assertThat(row.get("actual_points")).isEqualTo(50);
        assertThat(row.get("used_points")).isEqualTo(100);
        assertThat(count("SELECT stock FROM gift WHERE id = 1")).isEqualTo(999);
    }

    @Test
    void svGiftRedeemWithTooFewPointsIs607() throws Exception {
        String card = cardWith(1, 1, "100.00", "0.00");
        postJson(PAY, T001, payment(card, "90.00", "POINTS-2"));

        assertThat(statusOf(postJson(REDEEM, T001, redeem(card, 1)))).isEqualTo(607);
        assertThat(card(card).get("actual_points")).isEqualTo(9);
    }

    @Test
    void svGiftRedeemOfAGiftOutOfStockDisabledOrOfAnotherTenantIs608() throws Exception {
        String card = cardWith(1, 1, "10000.00", "0.00");
        postJson(PAY, T001, payment(card, "9000.00", "POINTS-3"));

        assertThat(statusOf(postJson(REDEEM, T001, redeem(card, 2)))).isEqualTo(608);
        assertThat(statusOf(postJson(REDEEM, T001, redeem(card, 3)))).isEqualTo(608);
        assertThat(statusOf(postJson(REDEEM, T001, redeem(card, 4)))).isEqualTo(608);
        assertThat(card(card).get("actual_points")).isEqualTo(900);
    }

    @Test
    void pointsPastTheirDateExpireBeforeTheyCanBeSpent() throws Exception {
        String card = cardWith(1, 1, "2000.00", "0.00");
        postJson(PAY, T001, payment(card, "1500.00", "POINTS-4"));
        jdbc.sql("UPDATE card SET points_disabled_date = '2020-01-01 00:00:00' WHERE code = ?").param(card).update();

        assertThat(statusOf(postJson(REDEEM, T001, redeem(card, 1)))).isEqualTo(607);
        postJson(PAY, T001, payment(card, "1.00", "POINTS-5"));
        assertThat(card(card).get("actual_points")).isEqualTo(0);
        assertThat(count("SELECT COUNT(*) FROM card_ledger WHERE kind = 'POINTS_EXPIRE'")).isEqualTo(1);
    }
}
