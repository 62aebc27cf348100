package com.northstar.member.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.member.FakeNeighbours;
import com.northstar.member.MemberIntegrationTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * memberQuery's filters and totals, memberStoreQuery's MERCHANT scope, memberStats from the totals after changes,
 * memberAssets' failures, and the 400s of bad input.
 */
class MemberQueriesIntegrationTest extends MemberIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void everyMemberQueryFilterSelectsItsMembersNewestFirst() throws Exception {
        assertThat(ids(Map.of())).containsExactly("6", "5", "4", "3", "2", "1");
        assertThat(ids(Map.of("userState", 1))).containsExactly("6", "1");
        assertThat(ids(Map.of("cityId", 310100))).containsExactly("6");
        assertThat(ids(Map.of("cityId", 110100, "userState", 1))).containsExactly("1");
        assertThat(ids(Map.of("phoneNo", "13700002001"))).containsExactly("3");
        assertThat(ids(Map.of("userName", "李四"))).containsExactly("2");
        assertThat(ids(Map.of("vehicleId", "EV3001"))).containsExactly("5");
        assertThat(ids(Map.of("userName", "李四", "userState", 1))).isEmpty();
        assertThat(ids(Map.of("phoneNo", " ", "userName", ""))).as("blank filters are not given").hasSize(6);
    }

    @Test
    void theTotalsAreTheCountsWithAndWithoutFilters() throws Exception {
        assertThat(total(Map.of())).isEqualTo(6);
        assertThat(total(Map.of("userState", 1))).isEqualTo(2);
        assertThat(total(Map.of("cityId", 110100))).isEqualTo(5);
        assertThat(total(Map.of("cityId", 110100, "userState", 0))).isEqualTo(1);
        assertThat(total(Map.of("userName", "张三"))).isEqualTo(1);
        JsonNode page = postOk(MEMBERS, OPS, Map.of("withTotal", false, "pageNo", 2, "pageSize", 4)).get("data");
        assertThat(page.has("total")).isFalse();
        assertThat(page.get("result")).hasSize(2);
    }

    @Test
    void memberStatsFollowEveryChange() throws Exception {
        postOk(OPERATE, OPS, Map.of("ids", "1,6", "opType", 2));
        JsonNode total = read(get(STATS, PARTNER).andExpect(status().isOk()).andReturn()).get("data")
                .get("totalMember");
        assertThat(total.get("memberSum").asLong()).isEqualTo(6);
        assertThat(total.get("useMemberSum").asLong()).isZero();
        assertThat(total.get("blockadeMemberSum").asLong()).isEqualTo(3);
        assertTotalsAreTheCounts();
    }

    @Test
    void aMerchantSeesOnlyItsOwnStoresMembersWhateverItNames() throws Exception {
        assertThat(storePhones(merchant("M001"), List.of("M001", "M002"))).containsExactly("13700001002",
                "13700001001");
        assertThat(storePhones(merchant("M001"), List.of("M002"))).isEmpty();
        assertThat(storePhones(merchant(), List.of("M001"))).isEmpty();
        assertThat(storePhones(PARTNER, List.of("M001", "M002"))).hasSize(4);
        assertThat(postOk(STORE_MEMBERS, merchant("M001"), Map.of("merchantIds", List.of("M002"))).get("data")
                .get("total").asLong()).isZero();
        assertThat(postOk(STORE_MEMBERS, merchant("M001"), Map.of("merchantIds", List.of("M001"), "userName",
                "张三")).get("data").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aMerchantSeesDecidesAndRejectsOnlyItsOwnMerchantsReviews() throws Exception {
        assertThat(postOk(REVIEWS, merchant("M001"), Map.of("state", 0)).get("data").get("result")).isEmpty();
        assertThat(postOk(REVIEWS, merchant("M002"), Map.of("state", 0)).get("data").get("result")).hasSize(1);
        assertThat(postOk(REVIEWS, merchant("M001"), Map.of("state", 1)).get("data").get("result")).hasSize(1);
        assertThat(postOk(REVIEWS, PARTNER, Map.of("state", 1, "userName", "王五")).get("data").get("result"))
                .isEmpty();

        post(APPROVE, merchant("M001"), Map.of("id", 1, "shareCode", "X", "deposit", 0, "state", 1))
                .andExpect(status().isNotFound());
        post(REJECT, merchant("M001"), Map.of("id", 1)).andExpect(status().isNotFound());
        post(REJECT, PARTNER, Map.of("id", 99)).andExpect(status().isNotFound());
        assertThat(count("SELECT COUNT(*) FROM access_review WHERE id = 1 AND state = 0")).isEqualTo(1);

        postOk(REJECT, merchant("M002"), Map.of("id", 1));
        assertThat(jdbc.sql("SELECT state FROM member WHERE id = 3").query(String.class).single())
                .isEqualTo("CANCELLED");
        assertTotalsAreTheCounts();
    }

    @Test
    void badInputIs400InTheKopEnvelope() throws Exception {
        post(MEMBERS, OPS, Map.of("userState", 9)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400));
        post(MEMBERS, OPS, Map.of("pageSize", 100000)).andExpect(status().isBadRequest());
        post(REVIEWS, PARTNER, Map.of("state", 2)).andExpect(status().isBadRequest());
        post(STORE_MEMBERS, PARTNER, Map.of()).andExpect(status().isBadRequest());
        post(APPROVE, PARTNER, Map.of("id", 1, "shareCode", "S", "deposit", -1, "state", 1))
                .andExpect(status().isBadRequest());
        post(APPROVE, PARTNER, Map.of("id", 1, "shareCode", "S", "deposit", 0, "state", 0))
                .andExpect(status().isBadRequest());
        post(REJECT, PARTNER, "{").andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(400));
        get("/api/member/members/abc/assets", OPS).andExpect(status().isBadRequest());
    }

    @Test
    void memberAssetsOfAnUnknownMemberIs404AndAssetDownIs503() throws Exception {
        get("/api/member/members/99/assets", OPS).andExpect(status().isNotFound());
        FakeNeighbours.assetService().mode(FakeNeighbours.Mode.UNAVAILABLE);
        get("/api/member/members/1/assets", OPS).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value(503));
        FakeNeighbours.assetService().mode(FakeNeighbours.Mode.DOWN);
        get("/api/member/members/1/assets", OPS).andExpect(status().isServiceUnavailable());
    }

    @Test
    void theMigrationIsTheAppsAndOpsAndNobodyElses() throws Exception {
        post(MIGRATIONS, OPS, Map.of("phoneNo", "13900001234")).andExpect(status().isForbidden());
        get(MIGRATIONS + "/13900001234", merchant("M001")).andExpect(status().isForbidden());
        post(REVIEWS, APP, Map.of("state", 0)).andExpect(status().isForbidden());
    }

    private List<String> ids(Map<String, Object> filters) throws Exception {
        Map<String, Object> body = new HashMap<>(filters);
        return postOk(MEMBERS, OPS, body).get("data").get("result").valueStream()
                .map(member -> member.get("id").asString()).toList();
    }

    private long total(Map<String, Object> filters) throws Exception {
        return postOk(MEMBERS, OPS, filters).get("data").get("total").asLong();
    }

    private List<String> storePhones(HttpHeaders caller, List<String> merchantIds)
            throws Exception {
        return postOk(STORE_MEMBERS, caller, Map.of("merchantIds", merchantIds)).get("data").get("result")
                .valueStream().map(member -> member.get("phoneNo").asString()).toList();
    }
}
