package com.northstar.dev.weichuang;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** Seed 000 section 1 as the simulator answers it, in the KOP envelope with the seed's field names. */
class WeichuangApiTest extends SimulatorTestSupport {

    @Test
    void wcTankQueryReturnsTheKnownCabinetsWithTheirMerchant() throws Exception {
        call("/wc/tanks/query", "{\"tankCodes\":[\"TK1001\",\"TK2001\",\"NOPE\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.msg").value(nullValue()))
                .andExpect(jsonPath("$.data.tankList", hasSize(2)))
                .andExpect(jsonPath("$.data.tankList[0].tankCode").value("TK1001"))
                .andExpect(jsonPath("$.data.tankList[0].merchantId").value("M001"))
                .andExpect(jsonPath("$.data.tankList[1].merchantId").value("M002"))
                .andExpect(jsonPath("$.data.tankList[0].operateMode").value("自营"));
    }

    @Test
    void wcTankQueryWithoutCodesIsABadRequestInTheKopEnvelope() throws Exception {
        call("/wc/tanks/query", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.msg").value("tankCodes is required"));
    }

    @Test
    void wcBindingUpdateBindsAndUnbindsABatteryAsWcBatteryListThenShows() throws Exception {
        call("/wc/batteries/binding",
                "{\"batteryCode\":\"BT100002\",\"userId\":\"WCU1002\",\"userPhone\":\"13800000004\",\"state\":1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.result").value(200));
        call("/wc/batteries/query", "{\"batteryCode\":\"BT100002\"}")
                .andExpect(jsonPath("$.data.batteryList[0].userPhone").value("13800000004"))
                .andExpect(jsonPath("$.data.batteryList[0].userName").value("赵六"))
                .andExpect(jsonPath("$.data.batteryList[0].state").value(1));

        call("/wc/batteries/binding", "{\"batteryCode\":\"BT100002\",\"state\":0}").andExpect(status().isOk());
        call("/wc/batteries/query", "{\"batteryCode\":\"BT100002\"}")
                .andExpect(jsonPath("$.data.batteryList[0].userPhone").value(nullValue()))
                .andExpect(jsonPath("$.data.batteryList[0].state").value(0));
    }

    @Test
    void wcBindingUpdateOfAnUnknownBatteryIsNotFound() throws Exception {
        call("/wc/batteries/binding", "{\"batteryCode\":\"BT999\",\"state\":0}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value(404));
    }

    @Test
    void wcUserDepositPackageAndInfoAnswerByPhone() throws Exception {
        call("/wc/users/deposit", "{\"phoneNo\":\"13800000001\"}")
                .andExpect(jsonPath("$.data.depositAmount").value("299.00"))
                .andExpect(jsonPath("$.data.depositType").value("微信支付"))
                .andExpect(jsonPath("$.data.depositTime").value("2023-08-21 14:02:11"));
        call("/wc/users/package", "{\"phoneNo\":\"13800000002\"}")
                .andExpect(jsonPath("$.data.packageType").value("次卡"))
                .andExpect(jsonPath("$.data.packageEffectiveContent").value("还剩8次"));
        call("/wc/users/info", "{\"phoneNo\":\"13800000003\"}")
                .andExpect(jsonPath("$.data.merchantId").value("M003"))
                .andExpect(jsonPath("$.data.idCardStateStr").value("未认证"))
                .andExpect(jsonPath("$.data.shareCode").value("M003SHARE"))
                .andExpect(jsonPath("$.data.userId").value("WCU3001"))
                .andExpect(jsonPath("$.data.createDate").value("2025-06-01 18:40:00"));
    }

    @Test
    void wcUserPackageOfAUserWithoutOneHasNullData() throws Exception {
        call("/wc/users/package", "{\"phoneNo\":\"13800000003\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.data").value(nullValue()));
    }

    @Test
    void anUnknownPhoneIsNotFound() throws Exception {
        call("/wc/users/info", "{\"phoneNo\":\"13700000000\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.msg").value("user not found"));
    }

    @Test
    void wcDepositRefundNeedsAFinishedMigration() throws Exception {
        call("/wc/deposits/refund", "{\"refundNo\":\"R1\",\"phoneNo\":\"13800000001\",\"refundAmount\":\"299.00\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void wcDepositRefundIsIdempotentOnTheRefundNumber() throws Exception {
        call("/wc/users/migration-done", "{\"phoneNo\":\"13800000001\"}")
                .andExpect(jsonPath("$.data.result").value(200));
        String refund = "{\"refundNo\":\"R1\",\"phoneNo\":\"13800000001\",\"refundAmount\":\"299.00\"}";
        String firstTime = call("/wc/deposits/refund", refund)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.refundState").value("SUCCESS"))
                .andReturn().getResponse().getContentAsString();

        call("/wc/deposits/refund", refund).andExpect(status().isOk())
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                        result.getResponse().getContentAsString()).isEqualTo(firstTime));
        call("/wc/users/deposit", "{\"phoneNo\":\"13800000001\"}").andExpect(jsonPath("$.data").value(nullValue()));
        call("/wc/deposits/refund", "{\"refundNo\":\"R2\",\"phoneNo\":\"13800000001\",\"refundAmount\":\"299.00\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.msg").value("user has no deposit to refund"));
        call("/wc/deposits/refund", "{\"refundNo\":\"R1\",\"phoneNo\":\"13800000001\",\"refundAmount\":\"1.00\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void malformedJsonIsABadRequestInTheKopEnvelope() throws Exception {
        call("/wc/users/info", "{\"phoneNo\":")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400));
    }
}
