package com.northstar.asset.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.asset.AssetIntegrationTestSupport;
import com.northstar.asset.merchant.MerchantTotals;
import com.northstar.platform.service.data.MultiRowInserts;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** The benchmark loader and the local demo data write assets the operations serve like any others. */
class AssetGeneratorIntegrationTest extends AssetIntegrationTestSupport {

    @Autowired
    private BulkAssetLoad bulkAssetLoad;
    @Autowired
    private MerchantTotals totals;
    @Autowired
    private Clock clock;

    @BeforeEach
    void startEmpty() {
        emptyTables();
    }

    @Test
    void bulkLoadWritesPairsOfBatteriesWithAnEndedAndACurrentBindingPerUser() throws Exception {
        long batteries = MultiRowInserts.ROWS_PER_STATEMENT * MultiRowInserts.STATEMENTS_PER_BATCH + 138;

        BulkAssetLoad.Outcome outcome = bulkAssetLoad.load(batteries, 50, written -> { });

        assertThat(outcome.rowsPerSecond()).isPositive();
        assertThat(count("SELECT COUNT(*) FROM battery")).isEqualTo(batteries);
        assertThat(count("SELECT COUNT(*) FROM battery_binding")).isEqualTo(batteries);
        assertThat(count("SELECT COUNT(*) FROM battery_binding WHERE current_battery_code IS NOT NULL"))
                .isEqualTo(batteries / 2);
        assertThat(count("SELECT COUNT(*) FROM battery WHERE cabinet_code IS NOT NULL")).isEqualTo(batteries / 2);
        assertThat(count("SELECT COUNT(*) FROM cabinet")).isEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM merchant")).isEqualTo(BulkAssetLoad.MERCHANTS);
        assertThat(postOk(BINDINGS, OPS, Map.of("pageSize", 1)).get("data").get("total").asLong())
                .isEqualTo(batteries / 2);
        JsonNode page = postOk(BATTERIES, OPS, Map.of("merchantIds", List.of("M001"), "pageSize", 2)).get("data");
        assertThat(page.get("total").asLong()).isPositive();
        assertThat(page.get("result").get(0).get("canTravelDistance").isNull()).isFalse();
        String user = jdbc.sql("SELECT user_id FROM battery_binding WHERE id = 1").query(String.class).single();
        assertThat(read(mvc.perform(MockMvcRequestBuilders.get(MEMBER_ASSETS).param("userId", user)
                .headers(INTERNAL)).andReturn()).get("data").findValues("assetType")).extracting(JsonNode::asInt)
                .containsExactly(1, 3);

        bulkAssetLoad.load(10, 50, written -> { });
        assertThat(count("SELECT COUNT(*) FROM battery")).as("a second run appends").isEqualTo(batteries + 10);
    }

    @Test
    void demoDataFillsEmptyTablesOnceSoEveryOperationShowsSomething() throws Exception {
        DemoDataLoader loader = new DemoDataLoader(jdbc, totals, clock);
        loader.run(null);
        loader.run(null);

        assertThat(count("SELECT COUNT(*) FROM cabinet")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM battery WHERE battery_code IN ('BT100001', 'BT100002', 'BT200001', "
                + "'BT200002', 'BT300001') AND cabinet_code IS NOT NULL AND user_id IS NULL")).isEqualTo(5);
        for (String merchant : List.of("M001", "M002", "M003")) {
            assertThat(total(VEHICLE_OVERDUE, merchant(merchant), Map.of("userType", 1, "merchantIds",
                    List.of(merchant)))).as("overdue of %s", merchant).isEqualTo(1);
            assertThat(total(MEMBER_BATTERIES, merchant(merchant), Map.of("merchantIds", List.of(merchant))))
                    .isEqualTo(2);
            assertThat(total(BATTERIES, OPS, Map.of("merchantIds", List.of(merchant)))).isGreaterThan(2);
        }
        assertThat(total(BINDINGS, OPS, Map.of())).isEqualTo(6);
        assertThat(jdbc.sql("SELECT latitude FROM cabinet WHERE tank_code = 'TK2002'").query(String.class).single())
                .as("the simulator's data").isEqualTo("39.908000");
    }

    private long total(String path, HttpHeaders caller, Object body) throws Exception {
        return postOk(path, caller, body).get("data").get("total").asLong();
    }
}
