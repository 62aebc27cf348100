package com.northstar.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A service's seed-000 lists on a bulk-loaded table (1,000,000 batteries and bindings for asset-service, 1,000,000
 * members for member-service), measured in one run: loads the rows with the service's {@code generate} profile (or
 * reuses them), starts the service, sends every case of its {@link ListPlan} in interleaved rounds, and prints
 * p50/p95 per case, what the count costs, MERCHANT / PARTNER for the same body, and whether the slowest p50 meets
 * the goal (a page, or the stats, <= 20 ms). Exits 1 on any answer other than HTTP 200 with KOP code 200.
 */
public final class ListQueryBenchmark {

    private static final double GOAL_P50_MILLIS = 20;

    private final ListPlan plan;
    private final ListBenchOptions options;
    private final PrintStream out;

    private ListQueryBenchmark(ListPlan plan, ListBenchOptions options, PrintStream out) {
        this.plan = plan;
        this.options = options;
        this.out = out;
    }

    static void main(ListPlan plan, String[] args) {
        Bench.launch(args, arguments -> ListBenchOptions.parse(plan, arguments), ListBenchOptions.usage(plan),
                options -> new ListQueryBenchmark(plan, options, System.out)::run);
    }

    private void run() throws Exception {
        BenchDatabase database = new BenchDatabase(options.database(), plan.schema());
        Path workDir = Files.createTempDirectory(plan.name() + "-bench-");
        ServiceJar jar = new ServiceJar(plan.service(), options.serviceJar(), workDir, database, out);
        out.printf("%s list benchmark: %,d %s in schema %s; service logs in %s%n", plan.service(), options.rows(),
                plan.rowsOption(), database.schema(), workDir);
        try {
            ServiceJar.Load load = prepare(database, jar);
            try (ServiceJar.RunningService service = jar.start()) {
                out.printf("service ready in %.1f s at %s%n", service.startup().toMillis() / 1000.0,
                        service.baseUri());
                List<ListPlan.ListCase> cases;
                try (Connection loaded = DriverManager.getConnection(database.schemaUrl(), database.user(),
                        database.password())) {
                    cases = plan.cases(loaded, options.rows());
                }
                out.printf("%d cases, %d warm-up and %d measured rounds%n", cases.size(), options.warmUp(),
                        options.repetitions());
                measure(new QueryClient(service.baseUri()), cases);
            }
            if (load != null) {
                out.printf("%nload: %,d %s in %.1f s: %,d rows/s end to end; the loader's inserts alone %,d rows/s%n",
                        load.rows(), plan.rowsOption(), load.took().toMillis() / 1000.0, load.rowsPerSecond(),
                        load.loaderRowsPerSecond());
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
        if (options.reuse() && database.rowCount(plan.rowsTable()) == options.rows()) {
            out.printf("reusing the %,d %s already in %s%n", options.rows(), plan.rowsOption(), database.schema());
            return null;
        }
        database.recreate();
        ServiceJar.Load load = jar.generate(plan.rowsOption(), options.rows());
        long loaded = database.rowCount(plan.rowsTable());
        if (loaded != options.rows()) {
            throw new IllegalStateException("the loader left " + loaded + " " + plan.rowsOption() + ", not "
                    + options.rows());
        }
        return load;
    }

    private void measure(QueryClient client, List<ListPlan.ListCase> cases) throws IOException, InterruptedException {
        Map<ListPlan.ListCase, Latencies> latencies = new HashMap<>();
        Map<ListPlan.ListCase, QueryClient.Answer> answers = new HashMap<>();
        for (int round = 1; round <= options.warmUp() + options.repetitions(); round++) {
            for (ListPlan.ListCase listCase : cases) {
                QueryClient.Answer answer = listCase.withTotal() == null
                        ? client.get(listCase.path(), listCase.fullLabel(), listCase.caller())
                        : client.send(listCase.path(), listCase.fullLabel(), listCase.body(), listCase.caller());
                if (round > options.warmUp()) {
                    latencies.computeIfAbsent(listCase, any -> new Latencies()).add(answer.nanos());
                    answers.put(listCase, answer);
                }
            }
        }
        out.printf("%n%-64s %5s %10s %9s %9s%n", "case", "rows", "total", "p50 ms", "p95 ms");
        double worstP50 = 0;
        for (ListPlan.ListCase listCase : cases) {
            Latencies measured = latencies.get(listCase);
            QueryClient.Answer answer = answers.get(listCase);
            worstP50 = Math.max(worstP50, measured.p50());
            out.printf("%-64s %5d %10s %9.1f %9.1f%n", listCase.fullLabel(), answer.rows(),
                    answer.total() == null ? "-" : String.format("%,d", answer.total()), measured.p50(),
                    measured.p95());
        }
        printRatios("what the count costs: withTotal=true / withTotal=false", cases, latencies,
                (a, b) -> a.label().equals(b.label()) && a.caller().equals(b.caller())
                        && Boolean.TRUE.equals(a.withTotal()) && Boolean.FALSE.equals(b.withTotal()),
                a -> a.label() + " " + a.caller().label());
        printRatios("merchant scoping: MERCHANT / PARTNER, same body", cases, latencies,
                (a, b) -> a.label().equals(b.label()) && a.filter().equals(b.filter())
                        && Objects.equals(a.withTotal(), b.withTotal())
                        && a.caller().label().startsWith("MERCHANT") && b.caller().label().equals("PARTNER"),
                a -> a.label() + (Boolean.TRUE.equals(a.withTotal()) ? " +total" : ""));
        out.printf("%nslowest p50: %.1f ms (goal: a page or the stats <= %.0f ms p50): %s%n", worstP50,
                GOAL_P50_MILLIS, worstP50 <= GOAL_P50_MILLIS ? "met" : "MISSED");
    }

    /** A ratio line for every pair of cases the predicate matches (measured first, baseline second). */
    private void printRatios(String question, List<ListPlan.ListCase> cases,
            Map<ListPlan.ListCase, Latencies> latencies,
            BiPredicate<ListPlan.ListCase, ListPlan.ListCase> pair,
            Function<ListPlan.ListCase, String> label) {
        out.printf("%n%-64s %7s%n", question, "p50");
        for (ListPlan.ListCase measured : cases) {
            for (ListPlan.ListCase baseline : cases) {
                if (pair.test(measured, baseline)) {
                    out.printf("  %-62s %6.2fx%n", label.apply(measured),
                            latencies.get(measured).p50() / latencies.get(baseline).p50());
                }
            }
        }
    }
}
