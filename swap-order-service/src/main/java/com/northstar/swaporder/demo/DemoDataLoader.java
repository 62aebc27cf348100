package com.northstar.swaporder.demo;

import com.northstar.platform.core.time.WireDates;
import com.northstar.swaporder.order.SwapOrder;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Local runs ({@code suite.demo-data=true}): fills an empty order table with a month of orders of merchants
 * M001-M003 at cabinets CAB-001..CAB-012, so every profile of the order query shows something.
 */
@Component
@ConditionalOnProperty(name = "suite.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final int ORDERS = 360;
    static final SyntheticOrders.Fleet FLEET = SyntheticOrders.Fleet.of(3, 12, 80);

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcClient jdbc;
    private final OrderBulkWriter writer;
    private final Clock clock;

    DemoDataLoader(JdbcClient jdbc, OrderBulkWriter writer, Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (jdbc.sql("SELECT id FROM swap_order LIMIT 1").query(Long.class).optional().isPresent()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(WireDates.ZONE)).withNano(0);
        writer.writeCabinetOwners(FLEET.cabinetOwners(), now);
        SyntheticOrders synthetic = new SyntheticOrders(FLEET, 2024L, now, "DEMO-", 30);
        // Oldest first, so order ids grow with time as they would have in production.
        List<SwapOrder> orders = LongStream.rangeClosed(1, ORDERS).mapToObj(synthetic::next)
                .sorted(Comparator.comparing(SwapOrder::getStartTime)).toList();
        writer.writeOrders(ORDERS, sequence -> orders.get((int) sequence - 1), written -> { });
        log.info("demo data: {} swap orders at {} cabinets", ORDERS, FLEET.cabinetOwners().size());
    }
}
