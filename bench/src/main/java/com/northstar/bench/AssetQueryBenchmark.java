package com.northstar.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The asset lists of seed 000 on 1,000,000 batteries and bindings, measured in one run: {@code assetBatteryQuery}
 * (§2.2.15), {@code assetBindingQuery} (§2.2.16) and {@code assetMemberBatteryQuery} (§2.2.13), a page of 10 each,
 * for one merchant and for every merchant, as a MERCHANT and unscoped, with and without the count, in interleaved
 * rounds. Prints p50/p95 per case and the ratios; exits 1 on any answer other than HTTP 200 with KOP code 200.
 */
public final class AssetQueryBenchmark {

    static final String SCHEMA = "bench_asset";
    private static final String BATTERIES = "/api/asset/batteries/query";
    private static final String BINDINGS = "/api/asset/battery-bindings/query";
    private static final String MEMBER_BATTERIES = "/api/asset/member-batteries/query";
    private static final double GOAL_P50_MILLIS = 20;

    private final AssetBenchOptions options;
    private final PrintStream out;

    private AssetQueryBenchmark(AssetBenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        Bench.launch(args, AssetBenchOptions::parse, AssetBenchOptions.USAGE,
                options -> new AssetQueryBenchmark(options, System.out)::run);
    }

    /** One measured request. */
    record AssetCase(String label, String path, Map<String, Object> filter, BenchCaller caller, boolean withTotal) {

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>(filter);
            body.put("pageNo", 1);
            body.put("pageSize", SeedProfile.PAGE_SIZE);
            body.put("withTotal", withTotal);
            return body;
        }

        String fullLabel() {
            return label + " " + caller.label() + (withTotal ? " +total" : " no total");
        }
    }

    /** Values of the loaded data the cases ask for. */
    record Sample(String merchant, List<String> merchants, String batteryCode, String userName) {
    }

    private void run() throws Exception {
        BenchDatabase database = new BenchDatabase(options.database(), SCHEMA);
        Path workDir = Files.createTempDirectory("asset-bench-");
        ServiceJar jar = new ServiceJar("asset-service", options.serviceJar(), workDir, database, out);
        out.printf("asset query benchmark: %,d batteries in schema %s; service logs in %s%n", options.batteries(),
                database.schema(), workDir);
        try {
            ServiceJar.Load load = prepare(database, jar);
            try (ServiceJar.RunningService service = jar.start()) {
                out.printf("service ready in %.1f s at %s%n", service.startup().toMillis() / 1000.0,
                        service.baseUri());
                Sample sample = sample(database);
                List<AssetCase> cases = cases(sample);
                out.printf("merchant %s of %d; %d cases, %d warm-up and %d measured rounds%n", sample.merchant(),
                        sample.merchants().size(), cases.size(), options.warmUp(), options.repetitions());
                measure(new QueryClient(service.baseUri()), cases);
            }
            if (load != null) {
                out.printf("%nload: %,d batteries and as many bindings in %.1f s: %,d batteries/s end to end; the "
                        + "loader's inserts alone %,d rows/s%n", load.rows(), load.took().toMillis() / 1000.0,
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

    private ServiceJar.Load prepare(BenchDatabase database, ServiceJar jar) throws Exception {
        if (options.reuse() && database.rowCount("battery") == options.batteries()) {
            out.printf("reusing the %,d batteries already in %s%n", options.batteries(), database.schema());
            return null;
        }
        database.recreate();
        ServiceJar.Load load = jar.generate("batteries", options.batteries());
        long loaded = database.rowCount("battery");
        if (loaded != options.batteries()) {
            throw new IllegalStateException("the loader left " + loaded + " batteries, not " + options.batteries());
        }
        return load;
    }

    private Sample sample(BenchDatabase database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.schemaUrl(), database.user(),
                database.password()); Statement statement = connection.createStatement()) {
            List<String> merchants = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT code FROM merchant ORDER BY code")) {
                while (rows.next()) {
                    merchants.add(rows.getString(1));
                }
            }
            // A bound battery halfway through the first merchant's current bindings (a quarter of its batteries),
            // and its rider's name.
            long halfway = options.batteries() / merchants.size() / 4;
            try (ResultSet row = statement.executeQuery("SELECT battery_code, user_name FROM battery_binding"
                    + " WHERE merchant_code = '" + merchants.get(0) + "' AND unbound_at IS NULL"
                    + " ORDER BY id LIMIT 1 OFFSET " + halfway)) {
                if (!row.next()) {
                    throw new IllegalStateException("the loaded schema has too few current bindings");
                }
                return new Sample(merchants.get(0), List.copyOf(merchants), row.getString(1), row.getString(2));
            }
        }
    }

    private static List<AssetCase> cases(Sample sample) {
        BenchCaller ops = BenchCaller.ops();
        BenchCaller partner = BenchCaller.partner();
        BenchCaller merchant = BenchCaller.merchant(sample.merchant());
        List<String> one = List.of(sample.merchant());
        List<AssetCase> cases = new ArrayList<>();
        for (boolean withTotal : new boolean[] { true, false }) {
            cases.add(new AssetCase("2.2.15 batteries, one merchant", BATTERIES, Map.of("merchantIds", one), ops,
                    withTotal));
            cases.add(new AssetCase("2.2.15 batteries, every merchant", BATTERIES,
                    Map.of("merchantIds", sample.merchants()), ops, withTotal));
            cases.add(new AssetCase("2.2.15 batteries, by name", BATTERIES,
                    Map.of("merchantIds", sample.merchants(), "userName", sample.userName()), ops, withTotal));
            cases.add(new AssetCase("2.2.16 bindings, everyone", BINDINGS, Map.of(), ops, withTotal));
            cases.add(new AssetCase("2.2.16 bindings, by name", BINDINGS, Map.of("userName", sample.userName()), ops,
                    withTotal));
            cases.add(new AssetCase("2.2.16 bindings, by battery", BINDINGS,
                    Map.of("batteryCode", sample.batteryCode()), ops, withTotal));
            cases.add(new AssetCase("2.2.13 member batteries, one store", MEMBER_BATTERIES,
                    Map.of("merchantIds", one), merchant, withTotal));
            cases.add(new AssetCase("2.2.13 member batteries, one store", MEMBER_BATTERIES,
                    Map.of("merchantIds", one), partner, withTotal));
            cases.add(new AssetCase("2.2.13 member batteries, every store", MEMBER_BATTERIES,
                    Map.of("merchantIds", sample.merchants()), partner, withTotal));
        }
        return cases;
    }

    private void measure(QueryClient client, List<AssetCase> cases) throws IOException, InterruptedException {
        Map<AssetCase, Latencies> latencies = new HashMap<>();
        Map<AssetCase, QueryClient.Answer> answers = new HashMap<>();
        for (int round = 1; round <= options.warmUp() + options.repetitions(); round++) {
            for (AssetCase assetCase : cases) {
                QueryClient.Answer answer = client.send(assetCase.path(), assetCase.fullLabel(), assetCase.body(),
                        assetCase.caller());
                if (round > options.warmUp()) {
                    latencies.computeIfAbsent(assetCase, any -> new Latencies()).add(answer.nanos());
                    answers.put(assetCase, answer);
                }
            }
        }
        out.printf("%n%-60s %5s %10s %9s %9s%n", "case", "rows", "total", "p50 ms", "p95 ms");
        double worstP50 = 0;
        for (AssetCase assetCase : cases) {
            Latencies measured = latencies.get(assetCase);
            QueryClient.Answer answer = answers.get(assetCase);
            worstP50 = Math.max(worstP50, measured.p50());
            out.printf("%-60s %5d %10s %9.1f %9.1f%n", assetCase.fullLabel(), answer.rows(),
                    answer.total() == null ? "-" : String.format("%,d", answer.total()), measured.p50(),
                    measured.p95());
        }
        int half = cases.size() / 2;
        out.printf("%n%-60s %7s%n", "what the count costs: withTotal=true / withTotal=false", "p50");
        for (int i = 0; i < half; i++) {
            out.printf("  %-58s %6.2fx%n", cases.get(i).label() + " " + cases.get(i).caller().label(),
                    latencies.get(cases.get(i)).p50() / latencies.get(cases.get(i + half)).p50());
        }
        out.printf("%n%-60s %7s%n", "merchant scoping: MERCHANT / PARTNER, same body", "p50");
        for (int i : new int[] { 6, 6 + half }) {
            out.printf("  %-58s %6.2fx%n", cases.get(i).label() + (cases.get(i).withTotal() ? " +total" : ""),
                    latencies.get(cases.get(i)).p50() / latencies.get(cases.get(i + 1)).p50());
        }
        out.printf("%nslowest p50: %.1f ms (goal: a page <= %.0f ms p50): %s%n", worstP50, GOAL_P50_MILLIS,
                worstP50 <= GOAL_P50_MILLIS ? "met" : "MISSED");
    }
}
