package com.northstar.deposit.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.deposit.DepositIntegrationTestSupport;
import com.northstar.deposit.FakeAssetService;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** depositRefundQuery and depositRefundDetail: MERCHANT scope, filters, paging, and the asset when asset is down. */
class RefundQueryIntegrationTest extends DepositIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void aMerchantListsOnlyItsMembersApplicationsWhateverItSends() throws Exception {
        JsonNode page = postOk(QUERY, merchant("M002"), Map.of("merchantCode", "M001", "merchantIds",
                List.of("M001"))).get("data");

        assertThat(ids(page)).containsExactly(5L, 4L);
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(ids(postOk(QUERY, merchant("M001", "M002"), Map.of()).get("data"))).containsExactly(5L, 4L, 3L,
                2L, 1L);
        JsonNode nothing = postOk(QUERY, merchant(), Map.of()).get("data");
        assertThat(nothing.get("total").asLong()).isZero();
        assertThat(nothing.get("result")).isEmpty();
    }

    @Test
    void depositRefundQueryFiltersByStatusAndPhoneAndPages() throws Exception {
        assertThat(ids(postOk(QUERY, PARTNER, Map.of("status", 0)).get("data"))).containsExactly(5L, 4L, 3L);
        assertThat(ids(postOk(QUERY, merchant("M001"), Map.of("status", 0, "phoneNo", "13900000003"))
                .get("data"))).isEmpty();
        assertThat(ids(postOk(QUERY, PARTNER, Map.of("phoneNo", "13900000006")).get("data"))).containsExactly(2L);
        JsonNode second = postOk(QUERY, PARTNER, Map.of("pageNo", 2, "pageSzie", 2)).get("data");
        assertThat(ids(second)).containsExactly(3L, 2L);
        assertThat(second.get("pageSize").asInt()).isEqualTo(2);
        JsonNode uncounted = postOk(QUERY, PARTNER, Map.of("withTotal", false)).get("data");
        assertThat(uncounted.has("total")).isFalse();
        assertThat(ids(postOk(QUERY, PARTNER, null).get("data"))).hasSize(5);
    }

    @Test
    void depositRefundQueryRefusesBadInputWith400() throws Exception {
        post(QUERY, PARTNER, Map.of("status", 4)).andExpect(status().isBadRequest());
        post(QUERY, PARTNER, Map.of("pageNo", 0)).andExpect(status().isBadRequest());
        post(QUERY, PARTNER, "{\"pageSize\": \"ten\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400));
        post(QUERY, OPS, Map.of()).andExpect(status().isForbidden());
    }

    @Test
    void aMerchantReadsOnlyItsMembersApplicationsAndAnotherMerchantsIdIs404() throws Exception {
        get(DETAIL + 4, merchant("M001")).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value(404))
                .andExpect(jsonPath("$.msg").value("no such refund application"));
        get(DETAIL + 999, merchant("M001")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.msg").value("no such refund application"));
        get(DETAIL + 4, merchant()).andExpect(status().isNotFound());
        get(DETAIL + 4, merchant("M002")).andExpect(status().isOk()).andExpect(jsonPath("$.data.id").value(4));
        get(DETAIL + 4, PARTNER).andExpect(status().isOk());
        get(DETAIL + "abc", PARTNER).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(400));
        get(DETAIL + 4, app("user-3")).andExpect(status().isForbidden());
    }

    @Test
    void depositRefundDetailShowsNoAssetWhenAssetServiceIsDownSlowOrTheMemberHoldsNone() throws Exception {
        FakeAssetService.instance().holds("13900000001", "[{\"assetType\":1,\"assetCode\":\"BT1\",\"assetModel\":"
                + "\"48V20Ah\"}]");
        assertThat(detail(3).get("assetCode").asString()).isEqualTo("BT1");

        for (FakeAssetService.Mode fault : List.of(FakeAssetService.Mode.UNAVAILABLE, FakeAssetService.Mode.SILENT)) {
            FakeAssetService.instance().mode(fault);
            JsonNode detail = detail(3);
            assertThat(detail.get("phoneNo").asString()).isEqualTo("13900000001");
            for (String field : List.of("assetType", "assetCode", "assetModel", "assetImg")) {
                assertThat(detail.get(field).isNull()).as(fault + " " + field).isTrue();
            }
        }
        FakeAssetService.instance().mode(FakeAssetService.Mode.ANSWER);
        assertThat(detail(4).get("assetType").isNull()).as("a member without a battery").isTrue();
    }

    @Test
    void depositRefundDetailOfAFailedRefundSaysWhyInTheRemark() throws Exception {
        JsonNode failed = detail(2);

        assertThat(failed.get("status").asInt()).isEqualTo(3);
        assertThat(failed.get("remark").asString()).isEqualTo("refund failed: no deposit at Weichuang");
        assertThat(failed.get("merchantName").asString()).isEqualTo("北极星换电海淀店");
    }

    private JsonNode detail(long id) throws Exception {
        JsonNode envelope = read(get(DETAIL + id, PARTNER).andExpect(status().isOk()).andReturn());
        return envelope.get("data");
    }

    private static List<Long> ids(JsonNode page) {
        return StreamSupport.stream(page.get("result").spliterator(), false).map(row -> row.get("id").asLong())
                .toList();
    }
}
