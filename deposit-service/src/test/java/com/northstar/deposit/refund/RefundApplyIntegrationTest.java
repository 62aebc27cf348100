package com.northstar.deposit.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.deposit.DepositIntegrationTestSupport;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** depositRefundApply: who may apply for what, and what a second application gets. */
class RefundApplyIntegrationTest extends DepositIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void depositRefundApplyOpensAnApplicationAwaitingTheMerchantAndHoldsTheDeposit() throws Exception {
        long id = postOk(APPLY, app("user-2"), Map.of("phoneNo", "13900000002", "reason", "不用了")).get("data")
                .get("id").asLong();

        assertThat(row("SELECT * FROM refund_application WHERE id = ?", id))
                .containsEntry("status", 0).containsEntry("refund_amount", 50000L).containsEntry("merchant_code", "M001")
                .containsEntry("user_name", "李四").containsEntry("reason", "不用了").containsEntry("applicant", "user-2")
                .containsEntry("refund_no", null);
        assertThat(row("SELECT state FROM deposit WHERE phone_no = '13900000002'")).containsEntry("state", "REFUNDING");
        assertThat(events(REQUESTED)).isEmpty();
    }

    @Test
    void depositRefundApplyTwiceIs409WhileTheFirstIsOpen() throws Exception {
        postOk(APPLY, app("user-2"), Map.of("phoneNo", "13900000002", "reason", "不用了"));

        post(APPLY, app("user-2"), Map.of("phoneNo", "13900000002", "reason", "另一个原因"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value(409))
                .andExpect(jsonPath("$.msg").value("a refund application for this phoneNo is already open"));
        post(APPLY, app("someone-else"), Map.of("phoneNo", "13900000002", "reason", "不用了"))
                .andExpect(status().isConflict());
        // The fixture's open application of 13900000001 was made by another applicant.
        post(APPLY, app("user-1"), Map.of("phoneNo", "13900000001", "reason", "电池不用了"))
                .andExpect(status().isConflict());
        assertThat(count("SELECT COUNT(*) FROM refund_application WHERE phone_no = '13900000002'")).isEqualTo(1);
    }

    @Test
    void depositRefundApplyRepeatedByTheSameCallerWithTheSameReasonAnswersTheOpenApplication() throws Exception {
        long first = postOk(APPLY, app("user-2"), Map.of("phoneNo", "13900000002", "reason", "不用了")).get("data")
                .get("id").asLong();
        long again = postOk(APPLY, app("user-2"), Map.of("phoneNo", "13900000002", "reason", "不用了")).get("data")
                .get("id").asLong();

        assertThat(again).isEqualTo(first);
        assertThat(count("SELECT COUNT(*) FROM refund_application WHERE phone_no = '13900000002'")).isEqualTo(1);
    }

    @Test
    void depositRefundApplyWithoutADepositIs404AndForARefundedOneIs409() throws Exception {
        post(APPLY, app("user-9"), Map.of("phoneNo", "13999999999", "reason", "x"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value(404))
                .andExpect(jsonPath("$.msg").value("no deposit is recorded for this phoneNo"));
        post(APPLY, app("user-4"), Map.of("phoneNo", "13900000004", "reason", "x"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.msg").value("the deposit of this phoneNo was already refunded"));
        assertThat(count("SELECT COUNT(*) FROM refund_application")).isEqualTo(5);
    }

    @Test
    void depositRefundApplyAfterAFailedRefundOpensANewApplication() throws Exception {
        long id = postOk(APPLY, app("user-6"), Map.of("phoneNo", "13900000006", "reason", "再试一次")).get("data")
                .get("id").asLong();

        assertThat(id).isNotEqualTo(2L);
        assertThat(count("SELECT COUNT(*) FROM refund_application WHERE phone_no = '13900000006'")).isEqualTo(2);
        assertThat(row("SELECT status FROM refund_application WHERE id = 2")).containsEntry("status", 3);
    }

    @Test
    void depositRefundApplyRefusesBadInputWith400() throws Exception {
        post(APPLY, app("user-2"), Map.of("reason", "x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.msg").value("missing required field phoneNo"));
        post(APPLY, app("user-2"), "{\"phoneNo\": {\"a\": 1}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400));
        post(APPLY, app("user-2"), "{\"phoneNo\": \"13900000002\", \"reason\": [1]}")
                .andExpect(status().isBadRequest());
        post(APPLY, app("user-2"), "{not json").andExpect(status().isBadRequest());
        assertThat(count("SELECT COUNT(*) FROM refund_application")).isEqualTo(5);
    }

    @Test
    void depositRefundApplyIsForTheAppOnly() throws Exception {
        post(APPLY, merchant("M001"), Map.of("phoneNo", "13900000002")).andExpect(status().isForbidden());
        post(APPLY, PARTNER, Map.of("phoneNo", "13900000002")).andExpect(status().isForbidden());
        assertThat(row("SELECT state FROM deposit WHERE phone_no = '13900000002'")).containsEntry("state", "HELD");
    }
}
