package com.northstar.swaporder.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.platform.core.time.WireDates;
import com.northstar.swaporder.SwapOrderIntegrationTestSupport;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * swapOrderQuery: the parameters of §2.2.1, the five caller profiles §2.2.2-2.2.6, the seed's aliases and the
 * MERCHANT scoping rule (an order's merchant or its cabinet's owner must be one of the token's merchants).
 *
 * <p>Fixture: CAB-001 and CAB-002 belong to M001, CAB-003 to M002, CAB-004 to nobody known.
 */
class SwapOrderQueryIntegrationTest extends SwapOrderIntegrationTestSupport {

    private final Map<String, Long> ids = new HashMap<>();

    @BeforeEach
    void fixture() throws Exception {
        emptyTables();
        jdbc.sql("""
                INSERT INTO cabinet_owner (device_id, merchant_code, updated_at) VALUES
                ('CAB-001', 'M001', NOW()), ('CAB-002', 'M001', NOW()), ('CAB-003', 'M002', NOW())""").update();
        // name, cabinet, user's merchant, type, state, start, phone, new battery
        swap("A", "CAB-001", "M001", 1, 1, "2026-03-01 10:00:00", "13800000001", "BAT-A");
        swap("B", "CAB-001", "M001", 0, 2, "2026-03-02 09:00:00", "13800000002", "BAT-B");
        swap("C", "CAB-002", "M002", 1, 1, "2026-03-03 08:00:00", "13800000003", "BAT-C");
        swap("D", "CAB-003", "M002", 1, 1, "2026-03-04 12:00:00", "13800000001", "BAT-D");
        swap("E", "CAB-003", "M001", 0, 3, "2026-03-05 00:00:00", "13800000005", "BAT-E");
        swap("F", "CAB-004", "M003", 1, 1, "2026-03-05 23:59:59", "13800000006", "BAT-F");
        swap("G", "CAB-001", "M001", 1, 0, "2026-03-06 00:00:00", "13800000007", "BAT-G");
        swap("H", "CAB-002", "M001", 1, 1, "2026-03-01 10:00:00", "13800000008", "BAT-H");
    }

    @Test
    void merchantCabinetNormalOrders_2_2_2() throws Exception {
        Map<String, Object> profile = params("orderType", 1, "deviceIds", "CAB-001,CAB-002", "pageNo", 1,
                "pageSize", 10);
        assertThat(orders(merchant("M001"), profile)).containsExactlyElementsOf(ids("G", "C", "H", "A"));

        profile.put("phone", "13800000003");
        assertThat(orders(merchant("M001"), profile)).containsExactlyElementsOf(ids("C"));
        profile.remove("phone");
        profile.put("userName", "李娜");
        assertThat(orders(merchant("M001"), profile)).isEmpty();
        profile.put("userName", "张伟");
        assertThat(orders(merchant("M001"), profile)).containsExactlyElementsOf(ids("G", "C", "H", "A"));
    }

    @Test
    void merchantCabinetAbnormalOrders_2_2_3() throws Exception {
        Map<String, Object> profile = params("orderType", 0, "deviceIds", "CAB-001,CAB-002", "pageSzie", 10,
                "pageNo", 1);
        assertThat(orders(merchant("M001"), profile)).containsExactlyElementsOf(ids("B"));

        profile.put("deviceId", "CAB-001");
        assertThat(orders(merchant("M001"), profile)).containsExactlyElementsOf(ids("B"));
    }

    @Test
    void deviceIdOutsideDeviceIdsIsAnEmptyResultNotAnError_2_2_2_and_2_2_3() throws Exception {
        JsonNode page = page(OPS, params("orderType", 0, "deviceIds", "CAB-001,CAB-002", "deviceId", "CAB-003"));

        assertThat(page.get("total").asLong()).isZero();
        assertThat(page.get("result")).isEmpty();
        assertThat(page.get("pageNo").asInt()).isEqualTo(1);
        assertThat(page.get("pageSize").asInt()).isEqualTo(10);
    }

    @Test
    void merchantMemberOrders_2_2_4() throws Exception {
        Map<String, Object> profile = params("merchantCodes", "M001", "OrderState", 1, "pageSize", 10, "pageNo", 1);
        assertThat(orders(merchant("M001"), profile)).containsExactlyElementsOf(ids("H", "A"));

        profile.put("phone", "13800000008");
        assertThat(orders(merchant("M001"), profile)).containsExactlyElementsOf(ids("H"));
    }

    @Test
    void opsAbnormalOrders_2_2_5() throws Exception {
        Map<String, Object> profile = params("orderType", 0, "changeDetail", 1, "startTimeBefore", "2026-03-01",
                "startTimeEnd", "2026-03-05", "pageSize", 10, "pageNo", 1);
        JsonNode page = page(OPS, profile);
        assertThat(orderIds(page)).containsExactlyElementsOf(ids("E", "B"));
        JsonNode first = page.get("result").get(0);
        assertThat(first.get("changeDetail").get("returnBoxNo").asInt()).isEqualTo(7);
        assertThat(first.has("operatorInfo")).isFalse();
        assertThat(first.has("packageInfo")).isFalse();

        profile.put("orderId", ids.get("B"));
        assertThat(orders(OPS, profile)).containsExactlyElementsOf(ids("B"));
        profile.remove("orderId");
        profile.put("newBattery", "BAT-E");
        assertThat(orders(PARTNER, profile)).containsExactlyElementsOf(ids("E"));
        profile.put("deviceId", "CAB-001");
        assertThat(orders(PARTNER, profile)).isEmpty();
    }

    @Test
    void opsNormalOrders_2_2_6() throws Exception {
        Map<String, Object> profile = params("orderType", 1, "changeDetail", 1, "operatorInfo", 1, "packagelInfo", 1,
                "phone", "13800000001", "pageSize", 10, "pageNo", 1);
        JsonNode page = page(OPS, profile);
        assertThat(orderIds(page)).containsExactlyElementsOf(ids("D", "A"));
        JsonNode first = page.get("result").get(0);
        assertThat(first.get("changeDetail").get("borrowElectric").asInt()).isEqualTo(98);
        assertThat(first.get("operatorInfo").has("operatorId")).isTrue();
        assertThat(first.get("packageInfo").get("packageName").asString()).isEqualTo("月卡-30天不限次");

        profile.put("deviceId", "CAB-003");
        profile.put("startTimeBefore", "2026-03-04 12:00:00");
        assertThat(orders(OPS, profile)).containsExactlyElementsOf(ids("D"));
    }

    @Test
    void theSeedsMisspellingsAreAliasesOfTheRightNames() throws Exception {
        JsonNode page = page(OPS, params("OrderState", 2, "operationInfo", 1, "packagelInfo", 1));
        assertThat(orderIds(page)).containsExactlyElementsOf(ids("B"));
        assertThat(page.get("result").get(0).has("operatorInfo")).isTrue();
        assertThat(page.get("result").get(0).has("packageInfo")).isTrue();

        JsonNode small = page(OPS, params("pageSzie", 3, "pageNo", 2));
        assertThat(small.get("pageSize").asInt()).isEqualTo(3);
        assertThat(small.get("total").asLong()).isEqualTo(8);
        assertThat(orderIds(small)).containsExactlyElementsOf(ids("D", "C", "B"));

        assertThat(orders(OPS, params("orderId", ids.get("F")))).containsExactlyElementsOf(ids("F"));
        assertThat(orders(OPS, params("orderIds", ids.get("F") + "," + ids.get("A"), "orderId", ids.get("A"))))
                .containsExactlyElementsOf(ids("A"));
    }

    @Test
    void optionalBlocksAreAbsentUnlessAsked() throws Exception {
        JsonNode order = page(OPS, params()).get("result").get(0);

        assertThat(order.has("changeDetail")).isFalse();
        assertThat(order.has("operatorInfo")).isFalse();
        assertThat(order.has("packageInfo")).isFalse();
        assertThat(order.has("completeTime")).as("regular fields are written even when null").isTrue();
    }

    @Test
    void withTotalFalseSkipsTheCountAndOmitsTotal() throws Exception {
        JsonNode page = page(OPS, params("withTotal", false, "pageSize", 2));

        assertThat(page.has("total")).isFalse();
        assertThat(orderIds(page)).containsExactlyElementsOf(ids("G", "F"));
    }

    @Test
    void startTimeRangeIsInclusiveAtBothEnds() throws Exception {
        assertThat(orders(OPS, params("startTimeBefore", "2026-03-05 00:00:00", "startTimeEnd", "2026-03-05")))
                .as("a bare end date includes its last second").containsExactlyElementsOf(ids("F", "E"));
        assertThat(orders(OPS, params("startTimeBefore", "2026-03-01 10:00:00", "startTimeEnd", "2026-03-01 10:00:00")))
                .containsExactlyElementsOf(ids("H", "A"));
        long epochMillis = LocalDateTime.of(2026, 3, 5, 23, 59, 59).atZone(WireDates.ZONE).toInstant().toEpochMilli();
        assertThat(orders(OPS, params("startTimeBefore", epochMillis))).as("epoch milliseconds as a number")
                .containsExactlyElementsOf(ids("G", "F"));
        assertThat(orders(OPS, params("startTimeEnd", Long.toString(epochMillis - 1000))))
                .as("epoch milliseconds as a string").containsExactlyElementsOf(ids("E", "D", "C", "B", "H", "A"));
    }

    @Test
    void sortIsNewestStartFirstThenHigherOrderIdFirst() throws Exception {
        assertThat(orders(OPS, params())).containsExactlyElementsOf(ids("G", "F", "E", "D", "C", "B", "H", "A"));
    }

    @Test
    void opsAndPartnerSeeEveryMerchantsOrders() throws Exception {
        assertThat(orders(OPS, params())).hasSize(8);
        assertThat(orders(PARTNER, params())).hasSize(8);
        assertThat(orders(caller("both", "MERCHANT,OPS", "M003"), params())).as("OPS is not merchant-scoped")
                .hasSize(8);
    }

    @Test
    void merchantNeverSeesAnotherMerchantsOrders() throws Exception {
        assertThat(orders(merchant("M002"), params())).containsExactlyElementsOf(ids("E", "D", "C"));
        assertThat(orders(merchant("M003"), params())).containsExactlyElementsOf(ids("F"));
        assertThat(orders(merchant(), params())).as("a merchant token naming no merchant sees nothing").isEmpty();
    }

    @Test
    void merchantSeesOrdersAtItsCabinetsAndOrdersOfItsUsers() throws Exception {
        assertThat(orders(merchant("M001"), params()))
                .as("C is another merchant's user at M001's cabinet; E is M001's user at M002's cabinet")
                .containsExactlyElementsOf(ids("G", "E", "C", "B", "H", "A"));
        assertThat(orders(merchant("M001", "M003"), params())).hasSize(7);
    }

    @Test
    void merchantCannotWidenByMerchantCodesDeviceIdsOrOrderIds() throws Exception {
        HttpHeaders m003 = merchant("M003");
        assertThat(orders(m003, params("merchantCodes", "M001,M002,M003"))).containsExactlyElementsOf(ids("F"));
        assertThat(orders(m003, params("deviceIds", "CAB-001,CAB-003"))).isEmpty();
        assertThat(orders(m003, params("deviceId", "CAB-002"))).isEmpty();
        assertThat(orders(m003, params("orderIds", ids.get("A") + "," + ids.get("D")))).isEmpty();
        assertThat(page(m003, params("orderId", ids.get("A"))).get("total").asLong()).isZero();
    }

    @Test
    void pageSizeOutOfRangeIsABadRequest() throws Exception {
        post(QUERY, OPS, params("pageSize", 501)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.msg").value("pageSize must be between 1 and 500"));
        post(QUERY, OPS, params("pageSzie", 0)).andExpect(status().isBadRequest());
        post(QUERY, OPS, params("pageNo", 0)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("pageNo must be at least 1"));
        assertThat(page(OPS, params("pageSize", 500)).get("pageSize").asInt()).isEqualTo(500);
    }

    @Test
    void invalidParametersAreBadRequestsNamingTheField() throws Exception {
        post(QUERY, OPS, params("orderIds", "1,x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("field orderIds must be order ids separated by commas"));
        post(QUERY, OPS, params("startTimeEnd", "05/03/2026")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value(startsWith("field startTimeEnd")));
        post(QUERY, OPS, params("orderType", 5)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value(startsWith("field orderType")));
        post(QUERY, OPS, params("orderType", "normal")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("field orderType has an invalid value"));
        post(QUERY, OPS, params("startTimeBefore", "2026-03-05", "startTimeEnd", "2026-03-01"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void withoutCallerIs401AndOtherRolesAre403() throws Exception {
        post(QUERY, NOBODY, params()).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value(401));
        post(QUERY, APP, params()).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value(403));
        post(QUERY, DEVICE, params()).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value(403));
    }

    private void swap(String name, String cabinet, String merchantCode, int orderType, int orderState, String start,
            String phone, String newBattery) throws Exception {
        Map<String, Object> body = order("DEV-Q-" + name, cabinet, merchantCode);
        body.put("orderType", orderType);
        body.put("orderState", orderState);
        body.put("startTime", start);
        body.put("phone", phone);
        body.put("newBattery", newBattery);
        if (orderState == 0) {
            body.remove("completeTime");
        }
        ids.put(name, report(body));
    }

    private static Map<String, Object> params(Object... pairs) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put((String) pairs[i], pairs[i + 1]);
        }
        return params;
    }

    private List<Long> ids(String... names) {
        return Arrays.stream(names).map(ids::get).toList();
    }

    private JsonNode page(HttpHeaders caller, Map<String, Object> params) throws Exception {
        return postOk(QUERY, caller, params).get("data");
    }

    private List<Long> orders(HttpHeaders caller, Map<String, Object> params) throws Exception {
        return orderIds(page(caller, params));
    }

    private static List<Long> orderIds(JsonNode page) {
        List<Long> orderIds = new ArrayList<>();
        page.get("result").forEach(order -> orderIds.add(order.get("orderId").asLong()));
        return orderIds;
    }
}
