package com.northstar.asset.demo;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The benchmark loader's entry point: profile {@code generate} ({@code application-generate.yml} turns the web
 * server, the Kafka listener and the outbox relay off), {@code --batteries=N} (default 1,000,000, even) and
 * {@code --cabinets=N} (default 20,000). Prints progress and the rows per second it reached.
 */
@Component
@Profile("generate")
class AssetGenerator implements ApplicationRunner {

    static final long DEFAULT_BATTERIES = 1_000_000;
    private static final long REPORT_EVERY = 100_000;

    private final BulkAssetLoad load;
    private final PrintStream out = System.out;

    AssetGenerator(BulkAssetLoad load) {
        this.load = load;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        long batteries = option(args, "batteries", DEFAULT_BATTERIES);
        int cabinets = (int) option(args, "cabinets", BulkAssetLoad.CABINETS);
        out.printf("generating %,d batteries and %,d bindings at %,d cabinets%n", batteries, batteries, cabinets);
        long[] lastReported = { 0 };
        BulkAssetLoad.Outcome outcome = load.load(batteries, cabinets, written -> {
            if (written - lastReported[0] >= REPORT_EVERY) {
                lastReported[0] = written;
                out.printf("  %,d rows written%n", written);
            }
        });
        out.printf("generated %,d batteries and %,d bindings in %.1f s: %,d rows/s%n", outcome.batteries(),
                outcome.bindings(), outcome.took().toMillis() / 1000.0, outcome.rowsPerSecond());
    }

    private static long option(ApplicationArguments args, String name, long otherwise) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? otherwise : Long.parseLong(values.get(0));
    }
}
