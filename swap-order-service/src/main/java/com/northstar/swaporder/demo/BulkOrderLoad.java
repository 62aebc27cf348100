package com.northstar.swaporder.demo;

import com.northstar.platform.core.time.WireDates;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/**
 * Loads a benchmark-sized order table: 50 merchants, 2,000 cabinets, 200,000 users, a year of swaps. Appends to
 * what is there; the cabinet platform ids carry the run's start time so runs never collide.
 */
@Component
class BulkOrderLoad {

    static final SyntheticOrders.Fleet FLEET = SyntheticOrders.Fleet.of(50, 2_000, 200_000);

    private final OrderBulkWriter writer;
    private final Clock clock;

    BulkOrderLoad(OrderBulkWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    record Outcome(long orders, Duration took) {

        long rowsPerSecond() {
            return orders * 1000 / Math.max(1, took.toMillis());
        }
    }

    Outcome load(long orders, LongConsumer progress) throws SQLException {
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock.withZone(WireDates.ZONE)).withNano(0);
        writer.writeCabinetOwners(FLEET.cabinetOwners(), now);
        SyntheticOrders synthetic = new SyntheticOrders(FLEET, started, now,
                "GEN-" + Long.toString(clock.millis(), 36) + "-", 365);
        writer.writeOrders(orders, synthetic::next, progress);
        return new Outcome(orders, Duration.ofNanos(System.nanoTime() - started));
    }
}
