package com.northstar.dev.weichuang;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** Any unseeded phone 139 + 8 digits is a deterministic Weichuang user, migrated and refunded as any other. */
class SyntheticUsersTest extends SimulatorTestSupport {

    private static final String PHONE = "{\"phoneNo\":\"13912345678\"}";
    private static final String REFUND =
            "{\"refundNo\":\"R-SYN-1\",\"phoneNo\":\"13912345678\",\"refundAmount\":\"299.00\"}";

    @Test
    void wcUserInfoAnswersASyntheticUserOfM001WithTheWeichuangUserId() throws Exception {
        call("/wc/users/info", PHONE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.userId").value("WC13912345678"))
                .andExpect(jsonPath("$.data.merchantId").value("M001"))
                .andExpect(jsonPath("$.data.phoneNo").value("13912345678"))
                .andExpect(jsonPath("$.data.userName").value("微创用户5678"))
                .andExpect(jsonPath("$.data.shareCode").value("M001SHARE"))
                .andExpect(jsonPath("$.data.idCardStateStr").value("已认证"))
                .andExpect(jsonPath("$.data.createDate").value("2024-03-01 09:00:00"));
    }

    @Test
    void wcUserDepositAndPackageAreA29900DepositAndAMonthlyCard() throws Exception {
        call("/wc/users/deposit", PHONE)
                .andExpect(jsonPath("$.data.depositAmount").value("299.00"))
                .andExpect(jsonPath("$.data.depositType").value("微信支付"))
                .andExpect(jsonPath("$.data.depositTime").value("2024-03-01 09:10:00"));
        call("/wc/users/package", PHONE)
                .andExpect(jsonPath("$.data.packageType").value("月卡"))
                .andExpect(jsonPath("$.data.packageName").value("月卡畅换"));
    }

    @Test
    void wcBatteryListFindsTheUsersBatteryByItsCodeBeforeTheUserWasAskedFor() throws Exception {
        call("/wc/batteries/query", "{\"batteryCode\":\"BT12345678\"}")
                .andExpect(jsonPath("$.data.batteryList", hasSize(1)))
                .andExpect(jsonPath("$.data.batteryList[0].batteryCode").value("BT12345678"))
                .andExpect(jsonPath("$.data.batteryList[0].merchantId").value("M001"))
                .andExpect(jsonPath("$.data.batteryList[0].merchantName").value("北极星换电海淀店"))
                .andExpect(jsonPath("$.data.batteryList[0].userId").value("WC13912345678"))
                .andExpect(jsonPath("$.data.batteryList[0].userPhone").value("13912345678"))
                .andExpect(jsonPath("$.data.batteryList[0].userName").value("微创用户5678"))
                .andExpect(jsonPath("$.data.batteryList[0].state").value(1));
    }

    @Test
    void theSamePhoneIsTheSameUserAfterAReset() throws Exception {
        String first = call("/wc/users/info", PHONE).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/wc/_control/reset")).andExpect(status().isOk());

        call("/wc/users/info", PHONE).andExpect(content().json(first, true));
    }

    @Test
    void wcDepositRefundPaysASyntheticUserBackOnceAfterMigrationDone() throws Exception {
        call("/wc/deposits/refund", REFUND)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.msg").value("user has not finished migrating"));
        call("/wc/users/migration-done", "{\"phoneNo\":\"13912345678\",\"userId\":\"WC13912345678\"}")
                .andExpect(jsonPath("$.data.result").value(200));

        call("/wc/deposits/refund", REFUND)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.refundState").value("SUCCESS"));
        call("/wc/deposits/refund", REFUND).andExpect(status().isOk());
        call("/wc/users/deposit", PHONE).andExpect(jsonPath("$.data").value(nullValue()));
        mvc.perform(get("/wc/_control/refunds"))
                .andExpect(jsonPath("$.data", hasSize(1)))
                .andExpect(jsonPath("$.data[0].phoneNo").value("13912345678"));
    }

    @Test
    void resetForgetsWhatHappenedToSyntheticUsers() throws Exception {
        call("/wc/users/migration-done", PHONE).andExpect(status().isOk());
        call("/wc/deposits/refund", REFUND).andExpect(status().isOk());
        call("/wc/batteries/binding", "{\"batteryCode\":\"BT12345678\",\"state\":0}").andExpect(status().isOk());

        mvc.perform(post("/wc/_control/reset")).andExpect(status().isOk());

        call("/wc/users/deposit", PHONE).andExpect(jsonPath("$.data.depositAmount").value("299.00"));
        call("/wc/batteries/query", "{\"batteryCode\":\"BT12345678\"}")
                .andExpect(jsonPath("$.data.batteryList[0].state").value(1));
        call("/wc/deposits/refund", REFUND).andExpect(status().isConflict());
    }

    @Test
    void wcBindingUpdateMovesASyntheticBatteryToASeededUser() throws Exception {
        call("/wc/batteries/binding", "{\"batteryCode\":\"BT12345678\",\"state\":0}").andExpect(status().isOk());
        call("/wc/batteries/binding",
                "{\"batteryCode\":\"BT12345678\",\"userId\":\"WCU1002\",\"userPhone\":\"13800000004\",\"state\":1}")
                .andExpect(status().isOk());

        call("/wc/batteries/query", "{\"batteryCode\":\"BT12345678\"}")
                .andExpect(jsonPath("$.data.batteryList[0].userName").value("赵六"))
                .andExpect(jsonPath("$.data.batteryList[0].state").value(1));
    }

    @Test
    void onlyElevenDigitPhonesStartingWith139AreSynthetic() throws Exception {
        call("/wc/users/info", "{\"phoneNo\":\"1391234567\"}").andExpect(status().isNotFound());
        call("/wc/users/info", "{\"phoneNo\":\"13712345678\"}").andExpect(status().isNotFound());
        call("/wc/batteries/query", "{\"batteryCode\":\"BT1234567\"}")
                .andExpect(jsonPath("$.data.batteryList", hasSize(0)));
    }
}
