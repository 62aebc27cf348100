package com.northstar.storedvalue.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.platform.core.time.WireDates;
import com.northstar.storedvalue.CardCommandTestSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class DailySettlementIntegrationTest extends CardCommandTestSupport {

    static final String OPEN = "/api/stored-value/daily-settlement/open";
    static final String SETTLE = "/api/stored-value/daily-settlement";
    static final String REVERSE = "/api/stored-value/card-payments/reverse";

    @BeforeEach
    void referenceData() {
        loadReferenceData();
    }

    private String settle(HttpHeaders till) throws Exception {
        return raw(post(SETTLE, till, "{}"));
    }

    private LocalDate businessDay(long shop) {
        return jdbc.sql("SELECT business_day FROM shop_gate WHERE shop_id = ? AND slot = 0").param(shop)
                .query(LocalDate.class).single();
    }

    /** What a settlement that started at {@code since} leaves on the shop's gate (as if it were still running). */
    private void markSettling(long shop, LocalDateTime since) {
        jdbc.sql("UPDATE shop_gate SET settling_since = ? WHERE shop_id = ?").params(since, shop).update();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(WireDates.ZONE);
    }

    private Map<String, Object> settlementOf(long shop, LocalDate day) {
        return jdbc.sql("SELECT * FROM daily_settlement WHERE shop_id = ? AND business_day = ?").params(shop, day)
                .query().singleRow();
    }

    @Test
    void svSettlementOpenIsTrueWhileCardBusinessIsAllowed() throws Exception {
        assertThat(raw(get(OPEN, T001))).isEqualTo(resource("golden/sv-svSettlementOpen.json"));
    }

    @Test
    void svSettlementOpenIsFalseWhileTheShopsDayIsBeingSettledAndOnlyThere() throws Exception {
        markSettling(1, now());

        assertThat(raw(get(OPEN, T001))).isEqualTo("false");
        assertThat(raw(get(OPEN, T001_SHOP_2))).isEqualTo("true");
    }

    @Test
    void svSettlementRunSumsTheDaysLedgerAtTheShopByKindAndOpensTheNextDay() throws Exception {
        LocalDate day = businessDay(1);
        String paid = cardWith(1, 1, "100.00", "20.00");
        String reversed = cardWith(1, 1, "50.00", "0.00");
        String elsewhere = cardWith(1, 1, "50.00", "0.00");
        postJson(PAY, T001, payment(paid, "110.00", "S-1"));
        postJson(PAY, T001, payment(reversed, "12.50", "S-2"));
        postJson(REVERSE, T001, payment(reversed, "12.50", "S-2"));
        postJson(PAY, T001_SHOP_2, payment(elsewhere, "5.00", "S-3"));

        assertThat(settle(T001)).isEqualTo(resource("golden/sv-svSettlementRun.json"));

        Map<String, Object> settled = settlementOf(1, day);
        assertThat(settled.get("expense_actual")).isEqualTo(new BigDecimal("100.00"));
        assertThat(settled.get("expense_give")).isEqualTo(new BigDecimal("10.00"));
        assertThat(settled.get("refund_actual")).isEqualTo(new BigDecimal("0.00"));
        assertThat(settled.get("operator")).isEqualTo("till-1");
        Map<String, Object> ledger = jdbc.sql("""
                SELECT COUNT(*) line_count, SUM(actual_delta) actual, SUM(give_delta) give,
                  SUM(CASE WHEN kind IN ('RECHARGE', 'OPEN', 'TRANSFER_IN', 'TRANSFER_OUT') THEN actual_delta ELSE 0 END)
                    recharge_actual
                FROM card_ledger WHERE shop_id = 1 AND business_day = ?""").param(day).query().singleRow();
        assertThat(((Number) settled.get("ledger_lines")).longValue())
                .isEqualTo(((Number) ledger.get("line_count")).longValue());
        assertThat(settled.get("recharge_actual")).isEqualTo(ledger.get("recharge_actual"));
        assertThat(((BigDecimal) settled.get("recharge_actual")).subtract((BigDecimal) settled.get("expense_actual"))
                .subtract((BigDecimal) settled.get("refund_actual"))).isEqualByComparingTo((BigDecimal) ledger.get("actual"));
        assertThat(((BigDecimal) settled.get("recharge_give")).subtract((BigDecimal) settled.get("expense_give"))
                .subtract((BigDecimal) settled.get("refund_give"))).isEqualByComparingTo((BigDecimal) ledger.get("give"));
        assertThat(count("SELECT COUNT(*) FROM shop_gate WHERE shop_id = 1 AND business_day = ? "
                + "AND settling_since IS NULL", day.plusDays(1))).isEqualTo(16);
        assertThat(businessDay(2)).isEqualTo(day);
    }

    @Test
    void svSettlementRunWithoutABodySettlesToo() throws Exception {
        assertThat(raw(post(SETTLE, T001, ""))).isEqualTo("[{\"key\":200,\"value\":true}]");
    }

    @Test
    void svSettlementRunAgainAfterTodayIsSettledIs904() throws Exception {
        settle(T001);

        assertThat(settle(T001)).isEqualTo("[{\"key\":904,\"value\":false}]");
        assertThat(count("SELECT COUNT(*) FROM daily_settlement")).isEqualTo(1);
    }

    @Test
    void svCardPayWhileTheDayIsBeingSettledIs902AndChangesNothing() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");
        markSettling(1, now());

        assertThat(statusOf(postJson(PAY, T001, payment(card, "10.00", "S-4")))).isEqualTo(902);
        assertThat(settle(T001)).isEqualTo("[{\"key\":902,\"value\":false}]");
        assertThat(balance(card)).isEqualTo(new BigDecimal("50.00"));
        assertThat(count("SELECT COUNT(*) FROM card_ledger WHERE kind = 'PAY'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM daily_settlement")).isZero();
    }

    @Test
    void svSettlementRunThatFailsIs903AndBusinessGoesOnInTheSameDay() throws Exception {
        LocalDate day = businessDay(1);
        jdbc.sql("""
                INSERT INTO daily_settlement (tenant_id, shop_id, business_day, recharge_actual, recharge_give,
                  expense_actual, expense_give, refund_actual, refund_give, ledger_lines, operator, settled_at)
                VALUES (1, 1, ?, 0, 0, 0, 0, 0, 0, 0, 'elsewhere', NOW())""").param(day).update();
        String card = cardWith(1, 1, "50.00", "0.00");

        assertThat(settle(T001)).isEqualTo("[{\"key\":903,\"value\":false}]");

        assertThat(raw(get(OPEN, T001))).isEqualTo("true");
        assertThat(statusOf(postJson(PAY, T001, payment(card, "10.00", "S-5")))).isEqualTo(200);
        assertThat(jdbc.sql("SELECT business_day FROM card_ledger WHERE kind = 'PAY'").query(LocalDate.class)
                .single()).isEqualTo(day);
        assertThat(businessDay(1)).isEqualTo(day);
    }

    @Test
    void svSettlementRunTwiceAtOnceSettlesOnce() throws Exception {
        int tills = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(tills);
        try {
            for (int i = 0; i < tills; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return settle(T001);
                }));
            }
            start.countDown();
            List<String> settled = new ArrayList<>();
            for (Future<String> answer : answers) {
                settled.add(answer.get());
            }
            assertThat(settled).containsOnlyOnce("[{\"key\":200,\"value\":true}]");
            assertThat(settled).allMatch(answer -> answer.equals("[{\"key\":200,\"value\":true}]")
                    || answer.equals("[{\"key\":902,\"value\":false}]")
                    || answer.equals("[{\"key\":904,\"value\":false}]"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM daily_settlement")).isEqualTo(1);
    }

    @Test
    void svCardPayAfterTheSettlementBelongsToTheNextDay() throws Exception {
        LocalDate day = businessDay(1);
        String card = cardWith(1, 1, "50.00", "0.00");
        settle(T001);

        postJson(PAY, T001, payment(card, "10.00", "S-6"));

        assertThat(jdbc.sql("SELECT business_day FROM card_ledger WHERE kind = 'PAY'").query(LocalDate.class)
                .single()).isEqualTo(day.plusDays(1));
    }

    @Test
    void svCardPayReverseOfASettledDaysPaymentIs905() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");
        postJson(PAY, T001, payment(card, "10.00", "S-7"));
        settle(T001);

        assertThat(statusOf(postJson(REVERSE, T001, payment(card, "10.00", "S-7")))).isEqualTo(905);
        assertThat(balance(card)).isEqualTo(new BigDecimal("40.00"));
    }

    @Test
    void svSettlementRunTakesOverASettlementAbandonedLongerThanStaleAfter() throws Exception {
        LocalDate day = businessDay(1);
        markSettling(1, now().minusMinutes(6));

        assertThat(settle(T001)).isEqualTo("[{\"key\":200,\"value\":true}]");

        assertThat(settlementOf(1, day)).isNotEmpty();
        assertThat(businessDay(1)).isEqualTo(day.plusDays(1));
        assertThat(raw(get(OPEN, T001))).isEqualTo("true");
    }

    @Test
    void svSettlementRunAtOneShopLeavesAnotherShopsBusinessAlone() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");
        markSettling(1, now());

        assertThat(statusOf(postJson(PAY, T001_SHOP_2, payment(card, "10.00", "S-8")))).isEqualTo(200);
        assertThat(settle(T001_SHOP_2)).isEqualTo("[{\"key\":200,\"value\":true}]");
        assertThat(count("SELECT COUNT(*) FROM shop_gate WHERE shop_id = 1 AND settling_since IS NOT NULL"))
                .isEqualTo(16);
    }
}
