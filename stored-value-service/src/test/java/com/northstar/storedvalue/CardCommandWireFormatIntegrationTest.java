package com.northstar.storedvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.node.ObjectNode;

/**
 * The card commands' answers byte for byte against golden files (values that change per run, such as stamps and
 * generated numbers, are shown as {@code "<field>"}), and the envelope of every class of failure.
 */
class CardCommandWireFormatIntegrationTest extends CardCommandTestSupport {

    private static final Pattern VARYING = Pattern.compile(
            "\"(timestamp|timestampNow|billNo|rechargeCode|recordId|id)\":(\"[^\"]*\"|\\d+)");

    private static final String CARD = "G0000001";

    @BeforeEach
    void aCardWith120() {
        loadReferenceData();
        cardWithCode(CARD, 1, 1, "0.00", "0.00");
    }

    private static String normalized(String body) {
        return VARYING.matcher(body).replaceAll("\"$1\":\"<$1>\"");
    }

    private void assertGolden(String golden, String body) throws Exception {
        assertThat(normalized(body)).isEqualTo(resource("golden/" + golden));
    }

    private void rechargedWith100And10() throws Exception {
        assertGolden("sv-done.json", raw(post(RECHARGE, T001, recharge(CARD, "100.00", "10.00", stamp(T001)))));
        jdbc.sql("UPDATE card SET actual_balance = actual_balance + 10, actual_recharge = actual_recharge + 10 "
                + "WHERE code = ?").param(CARD).update();
        jdbc.sql("INSERT INTO card_ledger (tenant_id, card_id, kind, actual_delta, give_delta, points_delta, "
                + "actual_after, give_after, points_after, operator, shop_id, business_day, created_at) "
                + "SELECT 1, id, 'OPEN', 10, 0, 0, 110, 10, 0, 'test', 1, CURRENT_DATE, NOW() FROM card WHERE code = ?")
                .param(CARD).update();
    }

    @Test
    void svOperationStampAndSvRechargeAnswerAsTheSeedShows() throws Exception {
        assertGolden("sv-svOperationStamp.json", raw(get(STAMP, T001)));
        rechargedWith100And10();
    }

    @Test
    void svCardPayInfoSvCardPayAndSvCardPayReverseAnswerAsTheSeedShows() throws Exception {
        rechargedWith100And10();
        assertGolden("sv-svCardPayInfo.json",
                raw(get("/api/stored-value/cards/pay-info?cardCode=" + CARD + "&mac=" + mac(CARD), T001)));
        assertGolden("sv-svCardPay.json", raw(post(PAY, T001, payment(CARD, "12.50", "W-1"))));
        assertGolden("sv-svCardPayReverse.json",
                raw(post("/api/stored-value/card-payments/reverse", T001, payment(CARD, "12.50", "W-1"))));
        assertGolden("sv-refusal-605.json", raw(post(PAY, T001, payment(CARD, "500.00", "W-2"))));
    }

    @Test
    void svCardPayCodeAnswersTheCodeAsData() throws Exception {
        String body = raw(post("/api/stored-value/cards/pay-code", T001, Map.of("code", CARD, "mac", mac(CARD))));
        assertThat(body.replaceAll("\"88\\d{16}\"", "\"<payCode>\"")).isEqualTo(resource("golden/sv-svCardPayCode.json"));
    }

    @Test
    void refundDraftsAndTheDryRunAnswerAsTheSeedShows() throws Exception {
        rechargedWith100And10();
        jdbc.sql("UPDATE card SET actual_balance = actual_balance - 10, actual_recharge = actual_recharge - 10 "
                + "WHERE code = ?").param(CARD).update();
        jdbc.sql("DELETE FROM card_ledger WHERE kind = 'OPEN' AND actual_delta = 10").update();
        assertGolden("sv-svRechargeRefundDraft.json",
                raw(get("/api/stored-value/recharges/refund-draft?cardCode=" + CARD, T001)));
        String draft = raw(get("/api/stored-value/balance-refunds/draft?cardCode=" + CARD, T001));
        assertGolden("sv-svBalanceRefundDraft.json", draft);
        ObjectNode check = (ObjectNode) json.readTree(draft);
        check.put("mac", mac(CARD));
        assertGolden("sv-svBalanceRefundCheck.json", raw(post("/api/stored-value/balance-refunds/check", T001, check)));
    }

    @Test
    void everyCardCommandAnswersStatusOnlyWhenItsBlockShowsNoData() throws Exception {
        rechargedWith100And10();
        Map<String, Object> loss = cardCommand(T001, CARD);
        assertGolden("sv-done.json", raw(post("/api/stored-value/cards/report-loss", T001, loss)));
        assertGolden("sv-done.json", raw(post("/api/stored-value/cards/cancel-loss", T001, cardCommand(T001, CARD))));
        Map<String, Object> redeem = cardCommand(T001, CARD);
        redeem.put("giftId", 1);
        assertThat(statusOf(postJson("/api/stored-value/gifts/redeem", T001, redeem))).isEqualTo(607);
        Map<String, Object> giveBack = cardCommand(T001, CARD);
        giveBack.put("paymentType", 1);
        assertGolden("sv-done.json", raw(post("/api/stored-value/cards/return", T001, giveBack)));
        String another = cardWith(1, 1, "0.00", "0.00");
        assertGolden("sv-done.json", raw(post("/api/stored-value/cards/void", T001, Map.of("cardCode", another))));
    }

    @Test
    void malformedJsonIsHttp400WithStatus400() throws Exception {
        String body = post(PAY, T001, "{\"cardCode\": ").andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).isEqualTo(resource("golden/sv-malformed-json.json"));
    }

    @Test
    void aMissingRequiredFieldOrAWrongTypeIsHttp400WithStatus400NeverA500() throws Exception {
        for (Object body : List.of(Map.of("cardCode", CARD, "mac", mac(CARD), "code", "W-3"),
                Map.of("cardCode", CARD, "mac", mac(CARD), "money", "lots", "code", "W-4"),
                Map.of("cardCode", CARD, "money", new BigDecimal("1.00"), "code", "W-5"),
                Map.of("cardCode", CARD, "mac", mac(CARD), "money", new BigDecimal("1.001"), "code", "W-6"),
                Map.of("cardCode", CARD, "mac", mac(CARD), "money", new BigDecimal("1.00")))) {
            assertThat(statusOf(read(post(PAY, T001, body).andExpect(status().isBadRequest()).andReturn())))
                    .isEqualTo(400);
        }
        Map<String, Object> noStamp = recharge(CARD, "1.00", "0.00", null);
        assertThat(statusOf(read(post(RECHARGE, T001, noStamp).andExpect(status().isBadRequest()).andReturn())))
                .isEqualTo(400);
    }

    @Test
    void callersOtherThanPosAre403AndRequestsWithoutACallerAre401() throws Exception {
        String forbidden = raw(post(PAY, OPS, payment(CARD, "1.00", "W-7")).andExpect(status().isForbidden()));
        assertThat(forbidden.replaceAll("\"message\":\"[^\"]*\"", "\"message\":\"<message>\""))
                .isEqualTo(resource("golden/sv-forbidden.json"));
        post(PAY, new HttpHeaders(), payment(CARD, "1.00", "W-8")).andExpect(status().isUnauthorized());
        HttpHeaders noShop = pos("till-9", "T001");
        assertThat(statusOf(read(post(PAY, noShop, payment(CARD, "1.00", "W-9")).andExpect(status().isForbidden())
                .andReturn()))).isEqualTo(403);
        HttpHeaders otherTenantsShop = pos("till-9", "T001", "3");
        post(PAY, otherTenantsShop, payment(CARD, "1.00", "W-10")).andExpect(status().isForbidden());
        HttpHeaders unknownTenant = pos("till-9", "T999", "1");
        post(PAY, unknownTenant, payment(CARD, "1.00", "W-11")).andExpect(status().isForbidden());
        assertThat(balance(CARD)).isEqualByComparingTo("0.00");
    }
}
