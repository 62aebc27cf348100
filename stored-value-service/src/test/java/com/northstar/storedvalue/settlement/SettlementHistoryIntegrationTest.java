package com.northstar.storedvalue.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.platform.core.time.WireDates;
import com.northstar.storedvalue.CardCommandTestSupport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SettlementHistoryIntegrationTest extends CardCommandTestSupport {

    static final String HISTORY = "/api/stored-value/daily-settlements";
    static final String SETTLE = "/api/stored-value/daily-settlement";
    static final String REVERSE = "/api/stored-value/card-payments/reverse";

    private final LocalDate today = LocalDate.now(WireDates.ZONE);

    @BeforeEach
    void referenceData() {
        loadReferenceData();
    }

    /** A settlement as #16 would have stored it, with recharge, expense and refund as actual + give. */
    private void settled(long tenant, long shop, LocalDate day, String recharge, String expense, String refund) {
        jdbc.sql("""
                INSERT INTO daily_settlement (tenant_id, shop_id, business_day, recharge_actual, recharge_give,
                  expense_actual, expense_give, refund_actual, refund_give, ledger_lines, operator, settled_at)
                VALUES (?, ?, ?, ?, 1.00, ?, 0.50, ?, 0.00, 3, 'till-x', ?)""")
                .params(tenant, shop, day, recharge, expense, refund, day.plusDays(1).atTime(0, 5)).update();
    }

    private String history(LocalDate from, LocalDate to) {
        return HISTORY + "?from=" + from + "&to=" + to;
    }

    private List<String> days(JsonNode answer) {
        List<String> days = new ArrayList<>();
        answer.forEach(row -> days.add(row.get("businessDay").asString()));
        return days;
    }

    @Test
    void svSettlementHistoryListsTheTillsShopsSettledDaysInTheRangeOldestFirst() throws Exception {
        settled(1, 1, today.minusDays(2), "30.00", "10.00", "0.00");
        settled(1, 1, today.minusDays(5), "50.00", "20.00", "5.00");
        settled(1, 1, today.minusDays(40), "70.00", "0.00", "0.00");
        settled(1, 2, today.minusDays(3), "90.00", "0.00", "0.00");
        settled(2, 3, today.minusDays(3), "11.00", "0.00", "0.00");

        JsonNode answer = getJson(history(today.minusDays(30), today), T001);

        assertThat(days(answer)).containsExactly(today.minusDays(5).toString(), today.minusDays(2).toString());
        assertThat(days(getJson(history(today.minusDays(30), today), T001_SHOP_2)))
                .containsExactly(today.minusDays(3).toString());
        assertThat(days(getJson(history(today.minusDays(30), today), T002)))
                .containsExactly(today.minusDays(3).toString());
        String first = raw(get(history(today.minusDays(5), today.minusDays(5)), T001));
        assertThat(first).isEqualTo(("[{\"shopId\":1,\"businessDay\":\"%s\",\"totalRecharge\":51.00,"
                + "\"actualRecharge\":50.00,\"giveRecharge\":1.00,\"totalExpense\":20.50,\"actualExpense\":20.00,"
                + "\"giveExpense\":0.50,\"totalRefund\":5.00,\"actualRefund\":5.00,\"giveRefund\":0.00,"
                + "\"ledgerLines\":3,\"operator\":\"till-x\",\"settledAt\":\"%s 00:05:00\"}]")
                .formatted(today.minusDays(5), today.minusDays(4)));
    }

    @Test
    void svSettlementHistoryShowsTheTotalsSvSettlementRunSummedFromTheLedger() throws Exception {
        String card = cardWith(1, 1, "100.00", "20.00");
        String reversed = cardWith(1, 1, "50.00", "0.00");
        postJson(PAY, T001, payment(card, "110.00", "H-1"));
        postJson(PAY, T001, payment(reversed, "12.50", "H-2"));
        postJson(REVERSE, T001, payment(reversed, "12.50", "H-2"));
        post(SETTLE, T001, "{}").andExpect(status().isOk());

        JsonNode day = getJson(history(today, today), T001).get(0);

        assertThat(day.get("businessDay").asString()).isEqualTo(today.toString());
        assertThat(day.get("actualRecharge").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(day.get("giveRecharge").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(day.get("totalExpense").decimalValue()).isEqualByComparingTo("110.00");
        assertThat(day.get("actualExpense").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(day.get("totalRefund").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(day.get("operator").asString()).isEqualTo("till-1");
    }

    @Test
    void svSettlementHistoryWithoutSettledDaysIsAnEmptyList() throws Exception {
        assertThat(raw(get(history(today.minusDays(91), today), T001))).isEqualTo("[]");
    }

    @Test
    void svSettlementHistoryWithoutDatesOrWithBadOnesOrMoreThan92DaysIs400() throws Exception {
        get(HISTORY, T001).andExpect(status().isBadRequest());
        get(HISTORY + "?from=" + today, T001).andExpect(status().isBadRequest());
        get(HISTORY + "?from=yesterday&to=" + today, T001).andExpect(status().isBadRequest());
        get(history(today, today.minusDays(1)), T001).andExpect(status().isBadRequest());
        get(history(today.minusDays(92), today), T001).andExpect(status().isBadRequest());
        get(history(today.minusDays(91), today), T001).andExpect(status().isOk());
    }

    @Test
    void svSettlementHistoryIsForPosOnly() throws Exception {
        get(history(today, today), OPS).andExpect(status().isForbidden());
    }
}
