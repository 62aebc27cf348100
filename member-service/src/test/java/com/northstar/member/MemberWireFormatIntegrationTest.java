package com.northstar.member;

import com.northstar.member.migration.MigrationSagaFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Pins the wire format of member-service's ten operations against golden files in {@code src/test/resources/golden}:
 * every field name (nulls included), the KOP page and the KOP failure envelope. Strict: no field missing or extra.
 * A migration's timestamps are the moment the test runs: they are compared as {@code <time>}.
 */
class MemberWireFormatIntegrationTest extends MemberIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
        FakeNeighbours.partnerAdapter().knows(MigrationSagaFixtures.PHONE, MigrationSagaFixtures.WEICHUANG_USER);
    }

    @Test
    void memberAccessReviewQueryRowsCarryTheSeedsFieldsAfterIdAndPhone() throws Exception {
        assertGolden("member-access-review-query.json", body(post(REVIEWS, PARTNER, Map.of("state", 0))));
    }

    @Test
    void approveAndRejectAnswerTheKopEnvelopeWithoutData() throws Exception {
        assertGolden("member-ok-without-data.json", body(post(APPROVE, merchant("M002"), Map.of("id", 1,
                "shareCode", "M002SHARE", "deposit", 29900, "state", 1, "discountPrice", 0, "offlinePrice", 29900))));
        String started = body(post(MIGRATIONS, APP, Map.of("phoneNo", MigrationSagaFixtures.PHONE)));
        long reviewId = json.readTree(started).get("data").get("reviewId").asLong();
        assertGolden("member-ok-without-data.json", body(post(REJECT, merchant("M001"), Map.of("id", reviewId))));
    }

    @Test
    void memberStoreQueryRowsMatchTheSeed() throws Exception {
        assertGolden("member-store-query.json", body(post(STORE_MEMBERS, merchant("M001"), Map.of("merchantIds",
                List.of("M001")))));
    }

    @Test
    void memberStatsHasTheEightKeysForAllAndToday() throws Exception {
        post(MIGRATIONS, APP, Map.of("phoneNo", MigrationSagaFixtures.PHONE));
        assertGolden("member-stats.json", body(get(STATS, OPS)));
    }

    @Test
    void memberQueryRowsCarryTheSeedsFieldsAfterId() throws Exception {
        assertGolden("member-query.json", body(post(MEMBERS, OPS, Map.of("cityId", 110100, "pageSize", 2))));
    }

    @Test
    void memberOperateAnswersTheKopEnvelopeWithoutData() throws Exception {
        assertGolden("member-ok-without-data.json", body(post(OPERATE, OPS, Map.of("ids", "1", "opType", 1))));
    }

    @Test
    void memberAssetsPassesAssetServicesListOnInTheSeedsThreeFields() throws Exception {
        FakeNeighbours.assetService().memberAssets("13700001001", """
                [{"assetType":0,"assetCode":"EV1001","assetModel":"TDR2001",\
                "assetImg":"https://img.example.com/vehicle/tdr2001.png"},\
                {"assetType":1,"assetCode":"BT100002","assetModel":"48V20Ah"},\
                {"assetType":2,"assetCode":"EV1003","assetModel":"TDR2003"},\
                {"assetType":3,"assetCode":"BT100001","assetModel":"48V20Ah"}]""");
        assertGolden("member-assets.json", body(get("/api/member/members/1/assets", OPS)));
    }

    @Test
    void memberMigrationStartAndGetAnswerWhereTheMigrationStands() throws Exception {
        String started = body(post(MIGRATIONS, APP, Map.of("phoneNo", MigrationSagaFixtures.PHONE)));
        assertGolden("member-migration-started.json", started);
        long reviewId = json.readTree(started).get("data").get("reviewId").asLong();
        post(APPROVE, merchant("M001"), MigrationSagaFixtures.approval(reviewId, 0));
        assertGolden("member-migration-completed.json", body(get(MIGRATIONS + "/" + MigrationSagaFixtures.PHONE,
                APP)));
    }

    @Test
    void failuresUseTheKopFailureEnvelopeWithoutData() throws Exception {
        assertGolden("kop-failure-missing-field.json", body(post(REVIEWS, PARTNER, Map.of())));
        assertGolden("kop-failure-forbidden.json", body(post(MEMBERS, merchant("M001"), Map.of())));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\"(startedAt|updatedAt|completedAt)\":\"[^\"]+\"", "\"$1\":\"<time>\"");
    }

    private static void assertGolden(String file, String actual) throws Exception {
        JSONAssert.assertEquals(resource("golden/" + file), actual, JSONCompareMode.STRICT);
    }
}
