package com.northstar.swaporder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.platform.service.data.MultiRowInserts;
import com.northstar.swaporder.SwapOrderIntegrationTestSupport;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The benchmark loader and the local demo data write orders the query serves like reported ones. */
class OrderGeneratorIntegrationTest extends SwapOrderIntegrationTestSupport {

    @Autowired
    private BulkOrderLoad bulkOrderLoad;
    @Autowired
    private OrderBulkWriter writer;
    @Autowired
    private Clock clock;

    @BeforeEach
    void startEmpty() {
        emptyTables();
    }

    @Test
    void bulkLoadWritesExactlyTheRequestedNumberOfOrdersInMultiRowBatches() throws Exception {
        long requested = MultiRowInserts.ROWS_PER_STATEMENT * MultiRowInserts.STATEMENTS_PER_BATCH + 137;

        BulkOrderLoad.Outcome outcome = bulkOrderLoad.load(requested, written -> { });

        assertThat(outcome.orders()).isEqualTo(requested);
        assertThat(outcome.rowsPerSecond()).isPositive();
        assertThat(count("swap_order")).isEqualTo(requested);
        assertThat(count("cabinet_owner")).isEqualTo(BulkOrderLoad.FLEET.cabinetOwners().size());
        assertThat(postOk(QUERY, OPS, Map.of("pageSize", 1)).get("data").get("total").asLong()).isEqualTo(requested);

        bulkOrderLoad.load(10, written -> { });
        assertThat(count("swap_order")).as("a second run appends").isEqualTo(requested + 10);
    }

    @Test
    void demoDataFillsAnEmptyTableOnceWithEveryStateAndSomePackages() throws Exception {
        DemoDataLoader loader = new DemoDataLoader(jdbc, writer, clock);
        loader.run(null);
        loader.run(null);

        assertThat(count("swap_order")).isEqualTo(DemoDataLoader.ORDERS);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT order_state) FROM swap_order").query(Long.class).single())
                .isEqualTo(4);
        JsonNode abnormal = postOk(QUERY, merchant("M002"), Map.of("orderType", 0, "OrderState", 2,
                "packageInfo", 1)).get("data");
        assertThat(abnormal.get("total").asLong()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM swap_order WHERE package_name IS NOT NULL").query(Long.class)
                .single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT merchant_code) FROM swap_order").query(Long.class).single())
                .isEqualTo(3);
    }
}
