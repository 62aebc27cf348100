package com.northstar.bench;

import com.northstar.platform.core.time.WireDates;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code swapOrderQuery} on a bulk-loaded order table, measured in one run: loads N orders into a fresh schema
 * (or reuses them), starts the built service against it, sends the five caller profiles of seed 000 in
 * interleaved rounds (so load from elsewhere on the machine hits every case alike), and prints p50/p95 per case
 * and the ratios between cases. Exits 1 on any answer other than HTTP 200 with KOP code 200, 2 on bad options.
 */
public final class SwapOrderQueryBenchmark {

    private final BenchOptions options;
    private final PrintStream out;

    private SwapOrderQueryBenchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        Bench.launch(args, BenchOptions::parse, BenchOptions.USAGE,
                options -> new SwapOrderQueryBenchmark(options, System.out)::run);
    }

    private void run() throws IOException, InterruptedException, SQLException {
        BenchDatabase database = new BenchDatabase(options.database(), BenchDatabase.QUERY_SCHEMA);
        Path workDir = Files.createTempDirectory("swap-order-bench-");
        ServiceJar jar = new ServiceJar("swap-order-service", options.serviceJar(), workDir, database, out);
        out.printf("swapOrderQuery benchmark: %,d orders in schema %s; service logs in %s%n", options.orders(),
                database.schema(), workDir);
        try {
            ServiceJar.Load load = prepareOrders(database, jar);
            try (ServiceJar.RunningService service = jar.start()) {
                out.printf("service ready in %.1f s at %s%n", service.startup().toMillis() / 1000.0,
                        service.baseUri());
                QueryClient client = new QueryClient(service.baseUri());
                BenchDatabase.MerchantCabinets merchant = database.firstMerchantWithCabinets();
                QueryPlan plan = QueryPlan.of(merchant, LocalDate.now(WireDates.ZONE), deepPage(client));
                out.printf("merchant back office: %s with %d cabinets; %d cases, %d warm-up and %d measured rounds%n",
                        merchant.merchantCode(), merchant.deviceIds().size(), plan.cases().size(), options.warmUp(),
                        options.repetitions());
                measure(client, plan);
            }
            if (load != null) {
                out.printf("%nload: %,d orders in %.1f s: %,d rows/s end to end (JVM start, Flyway, inserts); "
                        + "the loader's inserts alone %,d rows/s%n", load.rows(), load.took().toMillis() / 1000.0,
                        load.rowsPerSecond(), load.loaderRowsPerSecond());
            }
        } finally {
            if (options.keep()) {
                out.printf("schema %s kept (--keep): the next run can pass --reuse%n", database.schema());
            } else {
                database.drop();
            }
        }
    }

    /** Loads the orders unless {@code --reuse} finds exactly N already there; null when nothing was loaded. */
    private ServiceJar.Load prepareOrders(BenchDatabase database, ServiceJar jar)
            throws SQLException, IOException, InterruptedException {
        if (options.reuse()) {
            long present = database.rowCount("swap_order");
            if (present == options.orders()) {
                out.printf("reusing the %,d orders already in %s%n", present, database.schema());
                return null;
            }
            out.printf("--reuse: %s holds %s, not %,d orders; loading anew%n", database.schema(),
                    present < 0 ? "no order table" : String.format("%,d", present), options.orders());
        }
        database.recreate();
        ServiceJar.Load load = jar.generate("orders", options.orders());
        long loaded = database.rowCount("swap_order");
        if (loaded != options.orders()) {
            throw new IllegalStateException("the loader left " + loaded + " orders, not " + options.orders());
        }
        return load;
    }

    /** The deep page of operations' normal-order list, or its last page when the list is shorter. */
    private int deepPage(QueryClient client) throws IOException, InterruptedException {
        QueryCase firstPage = new QueryCase(SeedProfile.opsNormalOrders(), BenchCaller.ops(), true, 1);
        long total = client.send(firstPage).total();
        int lastPage = (int) Math.max(1, (total + SeedProfile.PAGE_SIZE - 1) / SeedProfile.PAGE_SIZE);
        if (lastPage < options.deepPage()) {
            out.printf("--deep-page=%d is past the last page of %,d normal orders: using page %d%n",
                    options.deepPage(), total, lastPage);
            return lastPage;
        }
        return options.deepPage();
    }

    /** Every round sends every case once, in plan order; only the measured rounds are recorded. */
    private void measure(QueryClient client, QueryPlan plan) throws IOException, InterruptedException {
        Map<QueryCase, Latencies> latencies = new HashMap<>();
        Map<QueryCase, QueryClient.Answer> lastAnswers = new HashMap<>();
        long started = System.nanoTime();
        for (int round = 1; round <= options.warmUp() + options.repetitions(); round++) {
            boolean measured = round > options.warmUp();
            for (QueryCase queryCase : plan.cases()) {
                QueryClient.Answer answer = client.send(queryCase);
                if (measured) {
                    latencies.computeIfAbsent(queryCase, any -> new Latencies()).add(answer.nanos());
                    lastAnswers.put(queryCase, answer);
                }
            }
            if (round == options.warmUp() || round % 10 == 0) {
                out.printf("  round %d/%d (%s) after %.0f s%n", round, options.warmUp() + options.repetitions(),
                        measured ? "measured" : "warm-up", (System.nanoTime() - started) / 1e9);
            }
        }
        ResultsTable.print(out, plan, latencies, lastAnswers);
    }
}
