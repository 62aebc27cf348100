package com.northstar.observability;

import com.northstar.observability.Queries.Query;
import com.northstar.observability.SuiteTraffic.Sent;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The observability check (deploy/observability/README.md): starts Debian's Prometheus with the local suite's scrape
 * configuration and the alert rules, drives traffic through the gateway, then evaluates every dashboard panel query
 * and every alert expression (without its threshold) and fails naming each one that returns no series: a query
 * naming a metric nobody exports fails it. Needs the local suite running ({@code ./suite up --detach}).
 *
 * <p>Exit status: 0 all queries return series, 1 some do not (or the suite did not answer as expected), 2 bad
 * options or Prometheus could not start.
 */
public final class ObservabilityCheck {

    private static final String PROMETHEUS = "/usr/bin/prometheus";
    private static final Duration TARGETS_WAIT = Duration.ofSeconds(60);
    /** Long enough for three 2 s scrapes after the traffic and a rule evaluation of them. */
    private static final Duration SETTLE = Duration.ofSeconds(10);

    private ObservabilityCheck() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (options == null) {
            System.err.println("""
                    usage: java -jar deploy/observability-check/target/observability-check.jar [--root=.] \
                    [--prometheus=/usr/bin/prometheus] [--gateway=http://localhost:8080] \
                    [--auth-server=http://localhost:9000] [--rounds=5]""");
            System.exit(2);
        }
        Path root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path prometheus = Path.of(options.getOrDefault("prometheus", PROMETHEUS));
        try {
            int failures = run(root, prometheus, options.getOrDefault("gateway", "http://localhost:8080"),
                    options.getOrDefault("auth-server", "http://localhost:9000"),
                    Integer.parseInt(options.getOrDefault("rounds", "5")), System.out);
            System.exit(failures == 0 ? 0 : 1);
        } catch (IllegalStateException cannotRun) {
            System.err.println(cannotRun.getMessage());
            System.exit(2);
        } catch (ConnectException suiteDown) {
            System.err.println("the suite does not answer (" + suiteDown + "): ./suite up --detach first");
            System.exit(1);
        }
    }

    /**
     * Runs the check against the running local suite and prints its report.
     *
     * @param root       the repository (its deploy/observability holds the configuration, rules and dashboards)
     * @param prometheus Debian's prometheus binary
     * @return how many queries returned no series, plus targets down and traffic not answered as expected
     * @throws IllegalStateException when Prometheus is missing or does not start
     */
    public static int run(Path root, Path prometheus, String gateway, String authServer, int rounds, PrintStream out)
            throws Exception {
        Path observability = root.resolve("deploy/observability");
        if (!Files.isExecutable(prometheus)) {
            throw new IllegalStateException(prometheus + " is missing: apt-get install -y prometheus");
        }
        Path workDir = Files.createTempDirectory("observability-check");
        out.println("work directory (prometheus.log, its storage): " + workDir);
        PrometheusServer server;
        try {
            server = PrometheusServer.start(prometheus, observability.resolve("prometheus/prometheus-local.yml"),
                    workDir);
        } catch (IOException notStarted) {
            throw new IllegalStateException(notStarted.getMessage() + " (" + workDir.resolve("prometheus.log") + ")",
                    notStarted);
        }
        int failures;
        try (server) {
            out.println("prometheus on " + server.url());
            failures = check(server, observability, new SuiteTraffic(gateway, authServer), rounds, out);
        }
        deleteRecursively(workDir);
        return failures;
    }

    private static int check(PrometheusServer server, Path observability, SuiteTraffic traffic, int rounds,
            PrintStream out) throws Exception {
        int failures = 0;
        List<String> down = awaitTargets(server);
        for (String target : down) {
            out.println("TARGET DOWN  " + target);
        }
        failures += down.size();

        for (int round = 0; round < rounds; round++) {
            traffic.round();
        }
        Map<String, List<Sent>> byRequest = new LinkedHashMap<>();
        traffic.sent().forEach(sent -> byRequest.computeIfAbsent(sent.what(), what -> new ArrayList<>()).add(sent));
        out.println("\ntraffic (" + rounds + " rounds):");
        for (List<Sent> same : byRequest.values()) {
            Sent first = same.get(0);
            long unexpected = same.stream().filter(sent -> !sent.asExpected()).count();
            out.printf("  %-4s %dx %s -> %s%n", unexpected == 0 ? "ok" : "BAD", same.size(), first.what(),
                    same.stream().map(sent -> Integer.toString(sent.status())).distinct().toList()
                            + (unexpected == 0 ? "" : " (expected " + first.expected() + ")"));
            failures += unexpected == 0 ? 0 : 1;
        }
        Thread.sleep(SETTLE.toMillis());

        List<Query> queries = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> files = Files.list(observability.resolve("grafana/dashboards"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                queries.addAll(Queries.ofDashboard(json.readTree(file.toFile())));
            }
        }
        int alerts = 0;
        for (JsonNode group : server.ruleGroups()) {
            for (JsonNode rule : group.path("rules")) {
                if ("err".equals(rule.path("health").asString())) {
                    out.println("RULE ERROR   " + rule.path("name").asString() + ": "
                            + rule.path("lastError").asString());
                    failures++;
                }
                if ("alerting".equals(rule.path("type").asString())) {
                    alerts++;
                    queries.add(new Query("alert " + rule.path("name").asString(),
                            Queries.withoutComparison(rule.path("query").asString())));
                }
            }
        }

        out.println("\nqueries:");
        int empty = 0;
        for (Query query : queries) {
            int series;
            try {
                series = server.seriesOf(query.expr());
            } catch (IOException refused) {
                out.println("  ERROR    " + query.source() + "\n           " + refused.getMessage());
                empty++;
                continue;
            }
            if (series == 0) {
                out.println("  NO DATA  " + query.source() + "\n           " + query.expr().replace('\n', ' '));
                empty++;
            } else {
                out.printf("  ok %4d  %s%n", series, query.source());
            }
        }
        out.printf("%n%d queries (%d of them alert expressions), %d without series; %d targets down; %s%n",
                queries.size(), alerts, empty, down.size(),
                failures + empty == 0 ? "PASSED" : "FAILED");
        return failures + empty;
    }

    /** Waits until every scrape target is up (the apps may still be starting); answers those still down. */
    private static List<String> awaitTargets(PrometheusServer server) throws Exception {
        long deadline = System.nanoTime() + TARGETS_WAIT.toNanos();
        List<String> down = server.targetsDown();
        while (!down.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            down = server.targetsDown();
        }
        return down;
    }

    /** {@code --name=value} options; null when one is malformed. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                return null;
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
