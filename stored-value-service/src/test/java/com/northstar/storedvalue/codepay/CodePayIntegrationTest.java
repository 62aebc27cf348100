package com.northstar.storedvalue.codepay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.storedvalue.StoredValueIntegrationTestSupport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CodePayIntegrationTest extends StoredValueIntegrationTestSupport {

    static final String PAY = "/api/stored-value/code-payments";
    static final String QUERY = "/api/stored-value/code-payments/query";

    private static final AtomicLong ORDERS = new AtomicLong(System.currentTimeMillis());

    @BeforeEach
    void referenceData() {
        loadReferenceData();
    }

    private static String newOrderCode() {
        return "CP" + ORDERS.incrementAndGet();
    }

    /** A WeChat payment code (prefix 13) ending in {@code lastDigit}. */
    private static String weChatCode(int lastDigit) {
        return "13456789012345678" + lastDigit;
    }

    private static Map<String, Object> codePayment(String payCode, String orderCode, String money) {
        return Map.of("payCode", payCode, "orderCode", orderCode, "money", new BigDecimal(money), "userId", 4,
                "userName", "cashier");
    }

    /** The simulator's charge as if it had been made {@code millis} earlier. */
    private void ageCharge(String orderCode, long millis) {
        jdbc.sql("UPDATE simulated_provider_charge SET charged_at = charged_at - ? WHERE order_code = ?")
                .params(millis, orderCode).update();
    }

    private long charges(String orderCode) {
        return count("SELECT COUNT(*) FROM simulated_provider_charge WHERE order_code = ?", orderCode);
    }

    private String state(String orderCode) {
        return jdbc.sql("SELECT state FROM code_payment WHERE order_code = ?").param(orderCode).query(String.class)
                .single();
    }

    private static String withoutTimestamp(String answer) {
        return answer.replaceAll("\"timestamp\":\"\\d+\"", "\"timestamp\":\"<timestamp>\"");
    }

    @Test
    void svCodePayWithAWeChatCodeEndingIn0Is701WithTheOutcomesTimestamp() throws Exception {
        long before = System.currentTimeMillis();

        String answer = raw(post(PAY, T001, codePayment(weChatCode(0), newOrderCode(), "25.00")));

        assertThat(withoutTimestamp(answer)).isEqualTo(resource("golden/sv-svCodePay.json"));
        long timestamp = json.readTree(answer).get("data").get("timestamp").asLong();
        assertThat(timestamp).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void svCodePayWithCodesEndingIn0To6IsPaid701() throws Exception {
        for (int digit = 0; digit <= 6; digit++) {
            String order = newOrderCode();

            JsonNode answer = postJson(PAY, T001, codePayment(weChatCode(digit), order, "1.00"));

            assertThat(statusOf(answer)).as("last digit %d", digit).isEqualTo(701);
            assertThat(state(order)).isEqualTo("PAID");
        }
    }

    @Test
    void svCodePayWithACodeEndingIn7Is702ConfirmationFailed() throws Exception {
        String order = newOrderCode();

        JsonNode answer = postJson(PAY, T001, codePayment(weChatCode(7), order, "1.00"));

        assertThat(statusOf(answer)).isEqualTo(702);
        assertThat(answer.get("message").asString()).isEqualTo("支付确认失败");
        assertThat(state(order)).isEqualTo("FAILED");
    }

    @Test
    void svCodePayWithACodeEndingIn9Is704CodeExpired() throws Exception {
        String order = newOrderCode();

        JsonNode answer = postJson(PAY, T001, codePayment(weChatCode(9), order, "1.00"));

        assertThat(statusOf(answer)).isEqualTo(704);
        assertThat(state(order)).isEqualTo("CODE_EXPIRED");
    }

    @Test
    void svCodePayWithAnAlipayCodeIsPaymentType4() throws Exception {
        JsonNode answer = postJson(PAY, T001, codePayment("280000000000000001", newOrderCode(), "1.00"));

        assertThat(answer.get("data").get("paymentType").asInt()).isEqualTo(4);
    }

    @Test
    void svCodePayWithACodeOfNeitherProviderIs400AndChargesNothing() throws Exception {
        String order = newOrderCode();

        JsonNode answer = read(post(PAY, T001, codePayment("990000000000000001", order, "1.00"))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(statusOf(answer)).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM code_payment WHERE order_code = ?", order)).isZero();
    }

    @Test
    void svCodePayWithMalformedJsonIs400() throws Exception {
        JsonNode answer = read(post(PAY, T001, "{\"payCode\":").andExpect(status().isBadRequest()).andReturn());

        assertThat(statusOf(answer)).isEqualTo(400);
    }

    @Test
    void svCodePayWithAnUnknownOutcomeIs703UntilTheProviderKnowsThenSvCodePayQueryIs701() throws Exception {
        String order = "CPQ" + ORDERS.incrementAndGet();
        Map<String, Object> request = codePayment("280000000000000008", order, "9.90");

        assertThat(statusOf(postJson(PAY, T001, request))).isEqualTo(703);
        assertThat(statusOf(postJson(QUERY, T001, request))).isEqualTo(703);
        assertThat(state(order)).isEqualTo("UNKNOWN");

        ageCharge(order, 2_000);
        String resolved = raw(post(QUERY, T001, request));

        assertThat(withoutTimestamp(resolved)).isEqualTo(resource("golden/sv-svCodePayQuery.json"));
        assertThat(state(order)).isEqualTo("PAID");
        assertThat(charges(order)).isEqualTo(1);
    }

    @Test
    void svCodePayRetriedWhileUnknownAsksTheProviderAgainWithoutCharging() throws Exception {
        String order = newOrderCode();
        Map<String, Object> request = codePayment(weChatCode(8), order, "3.00");
        postJson(PAY, T001, request);
        ageCharge(order, 2_000);

        assertThat(statusOf(postJson(PAY, T001, request))).isEqualTo(701);
        assertThat(charges(order)).isEqualTo(1);
    }

    @Test
    void svCodePayRetriedAnswersTheRecordedOutcomeWithoutChargingAgain() throws Exception {
        String order = newOrderCode();
        Map<String, Object> request = codePayment(weChatCode(3), order, "12.34");

        String first = raw(post(PAY, T001, request));
        String again = raw(post(PAY, T001, request));

        assertThat(again).isEqualTo(first);
        assertThat(charges(order)).isEqualTo(1);
    }

    @Test
    void svCodePayRetriedAfterAFailureAnswersTheFailureWithoutChargingAgain() throws Exception {
        String order = newOrderCode();
        Map<String, Object> request = codePayment(weChatCode(9), order, "1.00");

        String first = raw(post(PAY, T001, request));

        assertThat(raw(post(PAY, T001, request))).isEqualTo(first);
        assertThat(charges(order)).isEqualTo(1);
    }

    @Test
    void svCodePayWithTheSameOrderCodeAndOtherContentIs801() throws Exception {
        String order = newOrderCode();
        postJson(PAY, T001, codePayment(weChatCode(1), order, "5.00"));

        JsonNode otherMoney = postJson(PAY, T001, codePayment(weChatCode(1), order, "6.00"));
        JsonNode otherCode = postJson(PAY, T001, codePayment(weChatCode(2), order, "5.00"));
        JsonNode otherQuery = postJson(QUERY, T001, codePayment(weChatCode(2), order, "5.00"));

        assertThat(statusOf(otherMoney)).isEqualTo(801);
        assertThat(statusOf(otherCode)).isEqualTo(801);
        assertThat(statusOf(otherQuery)).isEqualTo(801);
        assertThat(charges(order)).isEqualTo(1);
    }

    @Test
    void svCodePaySentManyTimesAtOnceChargesOnce() throws Exception {
        String order = newOrderCode();
        Map<String, Object> request = codePayment(weChatCode(5), order, "88.00");
        int tills = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonNode>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(tills);
        try {
            for (int i = 0; i < tills; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return postJson(PAY, T001, request);
                }));
            }
            start.countDown();
            for (Future<JsonNode> answer : answers) {
                assertThat(statusOf(answer.get())).isIn(701, 703);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(charges(order)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM code_payment WHERE order_code = ?", order)).isEqualTo(1);
        assertThat(state(order)).isEqualTo("PAID");
        assertThat(statusOf(postJson(PAY, T001, request))).isEqualTo(701);
    }

    @Test
    void svCodePayQueryForAnOrderNeverChargedIs400() throws Exception {
        String order = newOrderCode();

        JsonNode answer = read(post(QUERY, T001, codePayment(weChatCode(1), order, "1.00"))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(statusOf(answer)).isEqualTo(400);
        assertThat(answer.get("message").asString()).contains("no code payment " + order);
    }

    @Test
    void svCodePayQueryOfAnotherTenantsOrderIs400AndTheSameOrderCodeIsItsOwnPaymentThere() throws Exception {
        String order = newOrderCode();
        Map<String, Object> request = codePayment(weChatCode(1), order, "1.00");
        postJson(PAY, T001, request);

        assertThat(read(post(QUERY, T002, request).andExpect(status().isBadRequest()).andReturn())
                .get("message").asString()).contains("no code payment " + order);
        assertThat(statusOf(postJson(PAY, T002, codePayment(weChatCode(2), order, "2.00")))).isEqualTo(701);
        assertThat(count("SELECT COUNT(*) FROM code_payment WHERE order_code = ?", order)).isEqualTo(2);
    }

    @Test
    void svCodePayKeepsOnlyTheLastFourDigitsOfThePaymentCode() throws Exception {
        String order = newOrderCode();
        postJson(PAY, T001, codePayment("134567890123451234", order, "1.00"));

        Map<String, Object> row = jdbc.sql("SELECT * FROM code_payment WHERE order_code = ?").param(order).query()
                .singleRow();
        assertThat(row.get("pay_code_masked")).isEqualTo("**************1234");
        assertThat(row.values()).doesNotContain("134567890123451234");
    }
}
