package com.northstar.partner.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.partner.PartnerIntegrationTestSupport;
import com.northstar.partner.weichuang.WeichuangOperation;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The INTERNAL endpoints over the query calls (wcTankQuery, wcUserInfo, wcUserDeposit, wcUserPackage,
 * wcBatteryList) against the real simulator: the seed's fields, 404 and 503, no retry on a 4xx, and the circuit
 * breaker opening under FAIL and TIMEOUT and closing again.
 */
class PartnerLookupIntegrationTest extends PartnerIntegrationTestSupport {

    private static final String USER_INFO = "/wc/users/info";

    @Test
    void partnerTankQueryAnswersWeichuangsCabinetsAndLeavesUnknownCodesOut() throws Exception {
        JsonNode tanks = read(post("/internal/partner/tanks/query", INTERNAL,
                Map.of("tankCodes", List.of("TK1001", "TK9999"))).andExpect(status().isOk()).andReturn())
                .get("data").get("tankList");

        assertThat(tanks).hasSize(1);
        JsonNode tank = tanks.get(0);
        assertThat(tank.get("tankCode").asString()).isEqualTo("TK1001");
        assertThat(tank.get("merchantId").asString()).isEqualTo("M001");
        for (String field : List.of("merchantName", "latitude", "longitude", "address", "model", "state", "cover",
                "operateMode")) {
            assertThat(tank.has(field)).as(field).isTrue();
        }
        JsonNode sent = SIMULATOR.calls("/wc/tanks/query").get(0);
        assertThat(json.readTree(sent.get("body").asString()).get("tankCodes").toString())
                .isEqualTo("[\"TK1001\",\"TK9999\"]");
    }

    @Test
    void partnerUserInfoAnswersWcUserInfosFieldsAndTheUserId() throws Exception {
        JsonNode user = read(get("/internal/partner/users/13912345678", INTERNAL).andExpect(status().isOk())
                .andReturn()).get("data");

        assertThat(user.get("phoneNo").asString()).isEqualTo("13912345678");
        assertThat(user.get("userId").asString()).isEqualTo("WC13912345678");
        assertThat(user.get("merchantId").asString()).isEqualTo("M001");
        for (String field : List.of("userName", "idCardStateStr", "inviter", "shareCode", "sex", "birthday",
                "createDate")) {
            assertThat(user.has(field)).as(field).isTrue();
        }
    }

    @Test
    void partnerUserDepositAndPackageAnswerTheUsersOrNull() throws Exception {
        JsonNode deposit = read(get("/internal/partner/users/13800000001/deposit", INTERNAL)
                .andExpect(status().isOk()).andReturn()).get("data");
        assertThat(deposit.get("depositAmount").asString()).isEqualTo("299.00");
        assertThat(deposit.has("depositType")).isTrue();
        assertThat(deposit.has("depositTime")).isTrue();

        JsonNode userPackage = read(get("/internal/partner/users/13800000001/package", INTERNAL)
                .andExpect(status().isOk()).andReturn()).get("data");
        for (String field : List.of("packageName", "packageType", "packageCreateTime", "packageEffectiveContent")) {
            assertThat(userPackage.get(field).isNull()).as(field).isFalse();
        }

        JsonNode none = read(get("/internal/partner/users/13800000004/package", INTERNAL)
                .andExpect(status().isOk()).andReturn());
        assertThat(none.get("data").isNull()).isTrue();
    }

    @Test
    void partnerUserBatteriesKeepsOnlyTheUsersBatteriesOfTheBlankWcBatteryList() throws Exception {
        // The simulator makes a synthetic user when first asked for, as a migration asks for the user first.
        get("/internal/partner/users/13912345678", INTERNAL).andExpect(status().isOk());
        get("/internal/partner/users/13987654321", INTERNAL).andExpect(status().isOk());

        JsonNode batteries = read(get("/internal/partner/users/13912345678/batteries", INTERNAL)
                .andExpect(status().isOk()).andReturn()).get("data").get("batteryList");

        assertThat(batteries).hasSize(1);
        assertThat(batteries.get(0).get("batteryCode").asString()).isEqualTo("BT12345678");
        assertThat(batteries.get(0).get("userPhone").asString()).isEqualTo("13912345678");
        JsonNode sent = json.readTree(SIMULATOR.calls("/wc/batteries/query").get(0).get("body").asString());
        assertThat(sent.get("batteryCode").asString()).isEmpty();
    }

    @Test
    void anUnknownPhoneIs404AfterExactlyOneCallNoRetryOnA4xx() throws Exception {
        get("/internal/partner/users/13800009999", INTERNAL).andExpect(status().isNotFound());

        assertThat(SIMULATOR.calls(USER_INFO)).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM partner_call_attempt WHERE operation = 'wcUserInfo' "
                + "AND outcome = 'REFUSED' AND http_status = 404")).isEqualTo(1);
    }

    @Test
    void theInternalEndpointsAreForServicesOnly() throws Exception {
        get("/internal/partner/users/13800000001", OPS).andExpect(status().isForbidden());
        post("/internal/partner/tanks/query", MERCHANT, Map.of("tankCodes", List.of("TK1001")))
                .andExpect(status().isForbidden());
        assertThat(SIMULATOR.calls(USER_INFO)).isEmpty();
    }

    @Test
    void theBreakerOpensUnderFailAnswers503WithoutCallingAndClosesAfterRecovery() throws Exception {
        SIMULATOR.fault(USER_INFO, "FAIL", 100, 0);
        assertBreakerOpensAndClosesAgain();
    }

    @Test
    void theBreakerOpensUnderTimeoutAndClosesAfterRecovery() throws Exception {
        SIMULATOR.fault(USER_INFO, "TIMEOUT", 100, 5000);
        assertBreakerOpensAndClosesAgain();
    }

    private void assertBreakerOpensAndClosesAgain() throws Exception {
        CircuitBreaker breaker = resilience.breaker(WeichuangOperation.wcUserInfo);
        while (breaker.getState() != CircuitBreaker.State.OPEN) {
            JsonNode answer = read(get("/internal/partner/users/13800000001", INTERNAL)
                    .andExpect(status().isServiceUnavailable()).andReturn());
            assertThat(answer.get("code").asInt()).isEqualTo(503);
            assertThat(answer.get("msg").asString()).isEqualTo("Weichuang is unavailable, retry later");
        }
        int received = SIMULATOR.calls(USER_INFO).size();
        assertThat(received).as("calls until the breaker opened (window of 4)").isEqualTo(4);

        get("/internal/partner/users/13800000001", INTERNAL).andExpect(status().isServiceUnavailable());
        assertThat(SIMULATOR.calls(USER_INFO)).as("an open breaker calls nobody").hasSize(received);

        SIMULATOR.clearFaults();
        Thread.sleep(1100);
        get("/internal/partner/users/13800000001", INTERNAL).andExpect(status().isOk());
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        get("/internal/partner/users/13800000001", INTERNAL).andExpect(status().isOk());
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
