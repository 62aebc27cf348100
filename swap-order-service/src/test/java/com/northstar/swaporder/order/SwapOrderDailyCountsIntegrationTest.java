package com.northstar.swaporder.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.swaporder.SwapOrderIntegrationTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * swapOrderDailyCounts: completed (state 1) and abnormal (states 2 and 3) swaps per start day, every day of the
 * range listed, and a MERCHANT counting only orders of its merchants or of their cabinets (swapOrderQuery's rule).
 *
 * <p>Fixture: CAB-001 belongs to M001, CAB-003 to M002.
 */
class SwapOrderDailyCountsIntegrationTest extends SwapOrderIntegrationTestSupport {

    private static final String DAILY_COUNTS = "/api/swap/orders/daily-counts";
    private int reported;

    @BeforeEach
    void fixture() throws Exception {
        emptyTables();
        jdbc.sql("""
                INSERT INTO cabinet_owner (device_id, merchant_code, updated_at) VALUES
                ('CAB-001', 'M001', NOW()), ('CAB-003', 'M002', NOW())""").update();
        // cabinet, user's merchant, type, state, start
        swap("CAB-001", "M001", 1, 1, "2026-03-01 00:00:00");
        swap("CAB-001", "M001", 1, 1, "2026-03-01 23:59:59");
        swap("CAB-001", "M001", 0, 2, "2026-03-01 12:00:00");
        swap("CAB-003", "M002", 0, 3, "2026-03-01 13:00:00");
        swap("CAB-003", "M001", 1, 1, "2026-03-03 08:00:00");
        swap("CAB-003", "M002", 1, 0, "2026-03-03 09:00:00");
        swap("CAB-004", "M003", 1, 1, "2026-03-04 10:00:00");
        swap("CAB-001", "M001", 1, 1, "2026-02-28 23:59:59");
    }

    @Test
    void operationsSeeEveryDayOfTheRangeWithCompletedAndAbnormalCounts() throws Exception {
        assertThat(days(OPS, "2026-03-01", "2026-03-04")).containsExactly(
                "2026-03-01 2 2", "2026-03-02 0 0", "2026-03-03 1 0", "2026-03-04 1 0");
        assertThat(days(OPS, "2026-02-28", "2026-02-28")).containsExactly("2026-02-28 1 0");
    }

    @Test
    void aMerchantCountsOnlyOrdersOfItsMerchantsOrOfTheirCabinets() throws Exception {
        assertThat(days(merchant("M001"), "2026-03-01", "2026-03-04")).as("CAB-003 is M002's, but one user is M001's")
                .containsExactly("2026-03-01 2 1", "2026-03-02 0 0", "2026-03-03 1 0", "2026-03-04 0 0");
        assertThat(days(merchant("M002"), "2026-03-01", "2026-03-04"))
                .containsExactly("2026-03-01 0 1", "2026-03-02 0 0", "2026-03-03 1 0", "2026-03-04 0 0");
        assertThat(days(merchant(), "2026-03-01", "2026-03-01")).as("a merchant token naming no merchant")
                .containsExactly("2026-03-01 0 0");
        assertThat(days(caller("both", "MERCHANT,OPS", "M003"), "2026-03-04", "2026-03-04"))
                .as("OPS is not merchant-scoped").containsExactly("2026-03-04 1 0");
    }

    @Test
    void theRangeIsInclusiveAndAtMost92Days() throws Exception {
        assertThat(days(OPS, "2026-01-01", "2026-04-02")).hasSize(92);
        for (String[] range : new String[][] { { "2026-01-01", "2026-04-03" }, { "2026-03-02", "2026-03-01" },
                { "2026-03-01", "03/04/2026" }, { "", "2026-03-01" } }) {
            get(DAILY_COUNTS + "?from=" + range[0] + "&to=" + range[1], OPS).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value(400));
        }
        get(DAILY_COUNTS + "?from=2026-03-01", OPS).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400));
    }

    @Test
    void withoutCallerIs401AndOtherRolesAre403() throws Exception {
        String path = DAILY_COUNTS + "?from=2026-03-01&to=2026-03-01";
        get(path, NOBODY).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value(401));
        get(path, PARTNER).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value(403));
        get(path, DEVICE).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value(403));
    }

    private void swap(String cabinet, String merchantCode, int orderType, int orderState, String start)
            throws Exception {
        Map<String, Object> body = order("DEV-D-" + ++reported, cabinet, merchantCode);
        body.put("orderType", orderType);
        body.put("orderState", orderState);
        body.put("startTime", start);
        if (orderState == 0) {
            body.remove("completeTime");
        } else {
            body.put("completeTime", start);
        }
        report(body);
    }

    /** Each day as "date completed abnormal". */
    private List<String> days(HttpHeaders caller, String from, String to) throws Exception {
        JsonNode envelope = read(get(DAILY_COUNTS + "?from=" + from + "&to=" + to, caller)
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value(200)).andReturn());
        List<String> days = new ArrayList<>();
        envelope.get("data").forEach(day -> days.add(day.get("date").asText() + " " + day.get("completed").asLong()
                + " " + day.get("abnormal").asLong()));
        return days;
    }
}
