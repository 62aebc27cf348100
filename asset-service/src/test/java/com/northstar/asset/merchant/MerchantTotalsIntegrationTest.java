package com.northstar.asset.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.asset.AssetIntegrationTestSupport;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The totals the unfiltered lists answer (assetBatteryQuery by merchants, assetMemberBatteryQuery by stores,
 * assetBindingQuery unfiltered) come from merchant_asset_total: after swaps, corrections and migrations, refused ones
 * included, they are still exactly the rows' counts.
 */
class MerchantTotalsIntegrationTest extends AssetIntegrationTestSupport {

    private static final List<String> MERCHANTS = List.of("M001", "M002", "M003");

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void listTotalsStayTheRowCountsThroughSwapsCorrectionsAndMigrations() throws Exception {
        assertTotalsAreTheRowCounts();

        postOk(MIGRATE, INTERNAL, Map.of("userId", "WCU9002", "userName", "新用户", "userPhone", "13900000002",
                "batteryCode", "BT90000002", "merchantCode", "M002"));
        post(MIGRATE, INTERNAL, Map.of("userId", "WCU9003", "userName", "另一人", "userPhone", "13900000003",
                "batteryCode", "BT90000002", "merchantCode", "M003")).andExpect(status().isConflict());
        postOk(BINDING_CORRECT, OPS, Map.of("id", "2", "batteryCode", "BT100003"));
        Map<String, Object> swap = new HashMap<>(Map.of("orderId", 8101, "deviceOrderId", "DEV-8101",
                "deviceId", "TK1001", "merchantCode", "M003", "userId", 100101, "orderType", 1,
                "oldBattery", "BT100003", "newBattery", "BTTOTAL01", "phone", "13700001001"));
        swap.put("completeTime", "2026-03-02 08:01:30");
        publishSwap(UUID.randomUUID().toString(), swap);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM battery_binding"
                + " WHERE current_battery_code = 'BTTOTAL01'") == 1);

        assertTotalsAreTheRowCounts();
        assertThat(count("SELECT current_bindings FROM merchant_asset_total WHERE merchant_code = 'M003'"))
                .as("the user's new binding counts for the swap's merchant").isEqualTo(
                        count("SELECT COUNT(*) FROM battery_binding WHERE merchant_code = 'M003'"
                                + " AND unbound_at IS NULL"));
    }

    @Test
    void recountAfterRowsWereWrittenInBulkMakesTheTotalsTheRowCountsAgain() throws Exception {
        jdbc.sql("DELETE FROM merchant_asset_total").update();
        assertThat(postOk(BINDINGS, OPS, Map.of()).get("data").get("total").asLong()).isZero();

        totals.recount();

        assertTotalsAreTheRowCounts();
    }

    private void assertTotalsAreTheRowCounts() throws Exception {
        assertThat(total(BATTERIES, Map.of("merchantIds", MERCHANTS)))
                .isEqualTo(count("SELECT COUNT(*) FROM battery WHERE merchant_code IN ('M001', 'M002', 'M003')"));
        assertThat(total(BINDINGS, Map.of()))
                .isEqualTo(count("SELECT COUNT(*) FROM battery_binding WHERE unbound_at IS NULL"));
        for (String merchant : MERCHANTS) {
            assertThat(total(BATTERIES, Map.of("merchantIds", List.of(merchant)))).as("batteries of %s", merchant)
                    .isEqualTo(count("SELECT COUNT(*) FROM battery WHERE merchant_code = ?", merchant));
            assertThat(total(MEMBER_BATTERIES, Map.of("merchantIds", List.of(merchant))))
                    .as("current bindings of %s", merchant).isEqualTo(count("SELECT COUNT(*) FROM battery_binding"
                            + " WHERE merchant_code = ? AND unbound_at IS NULL", merchant));
        }
    }

    private long total(String path, Object body) throws Exception {
        return postOk(path, PARTNER, body).get("data").get("total").asLong();
    }
}
