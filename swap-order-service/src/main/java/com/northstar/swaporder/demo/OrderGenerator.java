package com.northstar.swaporder.demo;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The benchmark loader's entry point: profile {@code generate} ({@code application-generate.yml} turns the web
 * server, the Kafka listener and the outbox relay off), {@code --orders=N} (default 1,000,000). Prints progress
 * and the rows per second it reached.
 */
@Component
@Profile("generate")
class OrderGenerator implements ApplicationRunner {

    static final long DEFAULT_ORDERS = 1_000_000;
    private static final long REPORT_EVERY = 100_000;

    private final BulkOrderLoad load;
    private final PrintStream out = System.out;

    OrderGenerator(BulkOrderLoad load) {
        this.load = load;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        List<String> values = args.getOptionValues("orders");
        long orders = values == null || values.isEmpty() ? DEFAULT_ORDERS : Long.parseLong(values.get(0));
        out.printf("generating %,d swap orders%n", orders);
        long[] lastReported = { 0 };
        BulkOrderLoad.Outcome outcome = load.load(orders, written -> {
            if (written - lastReported[0] >= REPORT_EVERY) {
                lastReported[0] = written;
                out.printf("  %,d orders written%n", written);
            }
        });
        out.printf("generated %,d swap orders in %.1f s: %,d rows/s%n", outcome.orders(),
                outcome.took().toMillis() / 1000.0, outcome.rowsPerSecond());
    }
}
