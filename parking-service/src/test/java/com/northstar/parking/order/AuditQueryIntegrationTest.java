package com.northstar.parking.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.parking.ParkingIntegrationTestSupport;
import com.northstar.parking.demo.DemoDataLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * parkingAuditQuery: the park's list of orders audited before payment, awaiting ones by default. The fixture is the
 * seed's examples (one approved and paid order) plus the demo's two first purchases awaiting audit: 用户2's
 * (京D12345, 文学院 › 中文系, the older) and 用户3's (京E12345, 机构1 › 机构11).
 */
class AuditQueryIntegrationTest extends ParkingIntegrationTestSupport {

    private static final String ORDER_2 = DemoDataLoader.AWAITING_ORDER_2;
    private static final String ORDER_3 = DemoDataLoader.AWAITING_ORDER_3;

    @BeforeEach
    void fixture() {
        loadFixture();
        new DemoDataLoader(jdbc).loadAwaitingAudit();
    }

    @Test
    void parkingAuditQueryListsOnlyOrdersAwaitingAuditByDefaultOldestFirstWithTheirUserAndPark() throws Exception {
        JsonNode answer = body(post(AUDIT_QUERY, PARK, Map.of()).andExpect(status().isOk())
                .andExpect(jsonPath("$.isSuccess").value("0")));
        JsonNode page = answer.path("resultData");
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("pageNo").asInt()).isEqualTo(1);
        assertThat(page.path("pageSize").asInt()).isEqualTo(20);
        assertThat(ids(answer)).containsExactly(ORDER_2, ORDER_3);
        JsonNode first = page.path("result").path(0);
        assertThat(first.path("name").asString()).isEqualTo("用户2");
        assertThat(first.path("phone").asString()).isEqualTo("14700000002");
        assertThat(first.path("carNums").asString()).isEqualTo("京D12345");
        assertThat(first.path("pmParkId").asString()).isEqualTo(PARK_ID);
        assertThat(first.path("parkName").asString()).isEqualTo("停车场1");
        assertThat(first.path("productName").asString()).isEqualTo("包月123");
        assertThat(first.path("amount").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(first.path("state").asString()).isEqualTo("01");
        assertThat(first.path("auditStateBeforePay").asString()).isEqualTo("01");
        assertThat(first.path("firstOrgName").asString()).isEqualTo("文学院");
        assertThat(first.path("secondOrgCode").asString()).isEqualTo("111001");
        assertThat(first.path("extraInfo")).hasSize(2);
        assertThat(first.path("auditDt").isNull()).isTrue();
    }

    @Test
    void parkingAuditQueryNeverListsOrdersWhoseProductNeedsNoAudit() throws Exception {
        jdbc.sql("UPDATE parking_product SET audit_before_pay = FALSE").update();
        String withoutAudit = renewed(renewal().send(APP));
        for (String audit : new String[] { "01", "03", "04" }) {
            assertThat(ids(query(Map.of("auditStateBeforePay", audit)))).doesNotContain(withoutAudit);
        }
    }

    @Test
    void parkingAuditQueryListsDecidedOrdersByTheirDecisionLatestFirstWithTheRemark() throws Exception {
        clock.advance(Duration.ofMinutes(1));
        post(AUDIT, PARK, Map.of("omPrOrderId", ORDER_3, "auditStateBeforePay", "03", "remark", "资料齐全"))
                .andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(1));
        post(AUDIT, PARK, Map.of("omPrOrderId", ORDER_2, "auditStateBeforePay", "04", "remark", "证件不清"))
                .andExpect(status().isOk());

        assertThat(query(Map.of()).path("resultData").path("total").asLong()).isZero();
        JsonNode approved = query(Map.of("auditStateBeforePay", "03"));
        assertThat(ids(approved)).containsExactly(ORDER_3, DemoDataLoader.LAST_ORDER);
        JsonNode decision = approved.path("resultData").path("result").path(0);
        assertThat(decision.path("auditRemark").asString()).isEqualTo("资料齐全");
        assertThat(decision.path("auditedBy").asString()).isEqualTo("park-admin-1");
        assertThat(decision.path("auditDt").asString()).isNotBlank();
        assertThat(ids(query(Map.of("auditStateBeforePay", "04")))).containsExactly(ORDER_2);
    }

    @Test
    void parkingAuditQueryFiltersByParkOrgAndPlate() throws Exception {
        assertThat(ids(query(Map.of("pmParkId", PARK_ID)))).containsExactly(ORDER_2, ORDER_3);
        assertThat(ids(query(Map.of("pmParkId", "no-such-park")))).isEmpty();
        assertThat(ids(query(Map.of("orgCode", "111")))).containsExactly(ORDER_2);
        assertThat(ids(query(Map.of("orgCode", "111001")))).containsExactly(ORDER_2);
        assertThat(ids(query(Map.of("orgCode", "10101")))).containsExactly(ORDER_3);
        assertThat(ids(query(Map.of("carNum", " 京e12345 ")))).containsExactly(ORDER_3);
        assertThat(ids(query(Map.of("carNum", "京A12345")))).isEmpty();
        assertThat(ids(query(Map.of("pmParkId", PARK_ID, "orgCode", "111", "carNum", "京E12345")))).isEmpty();
    }

    @Test
    void parkingAuditQueryPagesWithPageNoAndPageSizeAndKeepsTheTotal() throws Exception {
        JsonNode second = query(Map.of("pageNo", 2, "pageSize", 1));
        assertThat(ids(second)).containsExactly(ORDER_3);
        assertThat(second.path("resultData").path("total").asLong()).isEqualTo(2);
        assertThat(second.path("resultData").path("pageNo").asInt()).isEqualTo(2);
        assertThat(second.path("resultData").path("pageSize").asInt()).isEqualTo(1);
        JsonNode beyond = query(Map.of("pageNo", 3, "pageSize", 1));
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.path("resultData").path("total").asLong()).isEqualTo(2);
    }

    @Test
    void parkingAuditQueryRefusesAnUnknownAuditStateOrAPageOutOfRangeWith400() throws Exception {
        List<Map<String, Object>> refused = List.of(Map.of("auditStateBeforePay", "02"), Map.of("pageNo", 0),
                Map.of("pageSize", 0), Map.of("pageSize", 501));
        for (Map<String, Object> body : refused) {
            post(AUDIT_QUERY, PARK, body).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.isSuccess").value("1"));
        }
    }

    @Test
    void parkingAuditQueryIsForParkOnly() throws Exception {
        post(AUDIT_QUERY, APP, Map.of()).andExpect(status().isForbidden()).andExpect(jsonPath("$.isSuccess").value("1"));
        post(AUDIT_QUERY, new HttpHeaders(), Map.of()).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.isSuccess").value("1"));
    }

    private JsonNode query(Map<String, Object> filters) throws Exception {
        return body(post(AUDIT_QUERY, PARK, new HashMap<>(filters)).andExpect(status().isOk()));
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.path("resultData").path("result").forEach(row -> ids.add(row.path("omPrOrderId").asString()));
        return ids;
    }
}
