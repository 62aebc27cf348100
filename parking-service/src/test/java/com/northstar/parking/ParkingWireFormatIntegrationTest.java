package com.northstar.parking;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Pins the wire format of the twelve operations (and the failure envelope) against golden files in
 * {@code src/test/resources/golden}, strictly: every field name, null included, its type and the envelope. The
 * clock stands still, so dates are exact; random ids and the answer's timestamp are masked ({@link #masked}).
 * A mismatch writes the actual answer to {@code target/golden-actual/} for review.
 */
class ParkingWireFormatIntegrationTest extends ParkingIntegrationTestSupport {

    private static final String PHONE = "15245263262";

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void parkingSmsCodeAnswersTheEnvelopeWithoutTheCode() throws Exception {
        assertGolden("parking-sms-code.json", post(SMS_CODE, APP, Map.of("phone", PHONE)));
    }

    @Test
    void parkingUserQueryAnswersTheUserWithCardsAndIsOverDuplicateBesideResultData() throws Exception {
        assertGolden("parking-user-query.json", post(USER_QUERY, APP, userQuery(PHONE)));
    }

    @Test
    void parkingUserByCardAnswersTheUserWithPlatesAndCanRePay() throws Exception {
        assertGolden("parking-user-by-card.json", post(USER_BY_CARD, PARK, Map.of("omPrCardId", CARD_ID)));
    }

    @Test
    void parkingUserUpdateAnswersTheEnvelope() throws Exception {
        assertGolden("parking-user-update.json", post(USER_UPDATE, APP,
                Map.of("pmSetrentUserinfoId", USER_ID, "phone", "15245262356", "name", "用户123")));
    }

    @Test
    void parkingOrgQueryListsFirstLevelOrgsWithStringCodes() throws Exception {
        assertGolden("parking-org-query.json", post(ORG_QUERY, APP, Map.of("pmParkId", PARK_ID)));
    }

    @Test
    void parkingOrgQueryWithOrgCodeListsTheSecondLevelAsTheSeedsExample() throws Exception {
        assertGolden("parking-org-query-second-level.json", post(ORG_QUERY, PARK,
                Map.of("pmParkId", PARK_ID, "orgCode", "101")));
    }

    @Test
    void parkingExtraConfigListsTheSevenDocuments() throws Exception {
        assertGolden("parking-extra-config.json", post(EXTRA_CONFIG, APP, Map.of("pmParkId", PARK_ID)));
    }

    @Test
    void parkingOrderRenewAnswersEveryFieldOfTheRenewTableInResultData() throws Exception {
        assertGolden("parking-order-renew.json", renewal().text("身份证", "5", "110101199003071234").send(APP));
    }

    @Test
    void parkingAuditDecideAnswersTheDecidedOrder() throws Exception {
        String orderId = renewed(renewal().send(APP));
        assertGolden("parking-audit-decide.json", post(AUDIT, PARK,
                Map.of("omPrOrderId", orderId, "auditStateBeforePay", "03", "remark", "材料齐全")));
    }

    @Test
    void parkingOrderWxPayAnswersInTheSeedsOwnFormWithJsapiParameters() throws Exception {
        String orderId = approvedOrder();
        assertGolden("parking-order-wxpay.json", post(WXPAY, APP, Map.of("omPrOrderId", orderId, "openId", "123")));
    }

    @Test
    void parkingPayNotifyAnswersTheOrdersNewState() throws Exception {
        String orderId = approvedOrder();
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("outTradeNo", orderId);
        notice.put("transactionId", "4200000001202603020000000001");
        notice.put("totalFee", 1);
        notice.put("tradeState", "SUCCESS");
        assertGolden("parking-pay-notify.json", post(NOTIFY, PAYMENT, notice));
    }

    @Test
    void parkingCarAddAnswersTheEnvelope() throws Exception {
        assertGolden("parking-car-add.json", post(CAR_ADD, APP, Map.of("addCarNums", "京L78023",
                "userInfoId", USER_ID)));
    }

    @Test
    void parkingCarDeleteAnswersTheEnvelope() throws Exception {
        post(CAR_ADD, APP, Map.of("addCarNums", "京L78023", "userInfoId", USER_ID)).andExpect(status().isOk());
        assertGolden("parking-car-delete.json", post(CAR_DELETE, APP, Map.of("delCarNums", "京L78023",
                "userInfoId", USER_ID)));
    }

    @Test
    void failuresUseSeed001sEnvelopeWithIsSuccessOne() throws Exception {
        assertGolden("parking-failure-not-found.json", post(USER_BY_CARD, APP, Map.of("omPrCardId", "nope"))
                .andExpect(status().isNotFound()));
    }

    private String approvedOrder() throws Exception {
        String orderId = renewed(renewal().send(APP));
        post(AUDIT, PARK, Map.of("omPrOrderId", orderId, "auditStateBeforePay", "03")).andExpect(status().isOk());
        return orderId;
    }

    private void assertGolden(String golden, ResultActions result) throws Exception {
        String actual = masked(text(result.andReturn()));
        String expected = resource("golden/" + golden);
        try {
            JSONAssert.assertEquals(expected, actual, JSONCompareMode.STRICT);
        } catch (AssertionError e) {
            Path dump = Path.of("target", "golden-actual", golden);
            Files.createDirectories(dump.getParent());
            Files.writeString(dump, actual, StandardCharsets.UTF_8);
            throw e;
        }
    }
}
