package com.northstar.deposit.refund;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.deposit.DepositIntegrationTestSupport;
import com.northstar.deposit.FakeAssetService;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.Customization;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.skyscreamer.jsonassert.comparator.CustomComparator;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Pins the wire format of seed 000 against golden files in {@code src/test/resources/golden}: every field name of
 * each deposit operation's answer (nulls included), the KOP page and the KOP failure envelope. Comparison is
 * strict: no field may be missing or extra, values must match.
 */
class RefundWireFormatIntegrationTest extends DepositIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void depositRefundApplyAnswersTheNewApplicationsId() throws Exception {
        String answer = body(post(APPLY, app("user-2"), Map.of("phoneNo", "13900000002", "reason", "不用了")));

        JSONAssert.assertEquals(resource("golden/deposit-refund-apply-ok.json"), answer,
                new CustomComparator(JSONCompareMode.STRICT, new Customization("data.id", (actual, golden) -> true)));
        long id = json.readTree(answer).get("data").get("id").asLong();
        assertThat(count("SELECT COUNT(*) FROM refund_application WHERE id = ? AND phone_no = '13900000002'", id))
                .isEqualTo(1);
    }

    @Test
    void depositRefundQueryRowsMatchTheSeed() throws Exception {
        assertGolden("deposit-refund-query.json", body(post(QUERY, PARTNER, Map.of("pageNo", 1, "pageSize", 3))));
    }

    @Test
    void depositRefundDetailCarriesTheApplicationTheAssetAndTheConfirmation() throws Exception {
        FakeAssetService.instance().holds("13900000004", "[{\"assetType\":0,\"assetCode\":\"EV1001\","
                + "\"assetModel\":\"TDR2000\"},{\"assetType\":1,\"assetCode\":\"BT100009\",\"assetModel\":"
                + "\"48V20Ah\"},{\"assetType\":3,\"assetCode\":\"BT100001\",\"assetModel\":\"48V20Ah\"}]");

        assertGolden("deposit-refund-detail.json", body(get(DETAIL + 1, merchant("M001"))));
        assertThat(FakeAssetService.instance().callerRoles()).containsOnly("INTERNAL");
    }

    @Test
    void depositRefundConfirmAnswersSuccess() throws Exception {
        assertGolden("deposit-refund-confirm-ok.json", body(post(CONFIRM, merchant("M001"),
                Map.of("phoneNo", "13900000001"))));
    }

    @Test
    void failuresUseTheKopFailureEnvelopeWithoutData() throws Exception {
        assertGolden("kop-failure-missing-field.json", body(post(CONFIRM, merchant("M001"), Map.of())));
        assertGolden("kop-failure-forbidden.json", body(post(QUERY, app("user-1"), Map.of())));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertGolden(String file, String actual) throws Exception {
        JSONAssert.assertEquals(resource("golden/" + file), actual, JSONCompareMode.STRICT);
    }
}
