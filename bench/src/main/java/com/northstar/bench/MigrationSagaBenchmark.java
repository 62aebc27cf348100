package com.northstar.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The migration saga through the gateway, as the app, a merchant's back office and Weichuang (the simulator) see it:
 * for each of N fresh Weichuang phones ({@code 139} + 8 digits, the simulator's synthetic users), the app starts the
 * migration, the merchant approves the review once it is pending, and the benchmark polls the migration until it is
 * {@code COMPLETED}. Prints start -> pending review, approval -> COMPLETED and approval -> Weichuang told
 * ({@code wcMigrationDone} received) as p50/p95/p99; exits 1 if a migration does not complete, or Weichuang is told
 * of one other than exactly once.
 */
public final class MigrationSagaBenchmark {

    private static final Duration STEP_WAIT = Duration.ofSeconds(60);
    private static final String MIGRATIONS = "/api/member/migrations";
    private static final String APPROVE = "/api/member/access-reviews/approve";
    /** The simulator's synthetic users belong to M001, whose promotion code this is (member demo data). */
    private static final String MERCHANT = "M001";
    private static final String SHARE_CODE = "M001SHARE";
    /** Services the migration does not touch. */
    private static final List<String> NOT_IN_THE_FLOW = List.of("parking-service", "stored-value-service");

    private final MigrationSagaOptions options;
    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** This run's phones: 1,000 numbers from a base that changes every second. */
    private final long phoneBase = System.currentTimeMillis() / 1000 % 100_000 * 1000;

    private MigrationSagaBenchmark(MigrationSagaOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        Bench.launch(args, MigrationSagaOptions::parse, MigrationSagaOptions.USAGE,
                options -> new MigrationSagaBenchmark(options, System.out)::run);
    }

    private void run() throws Exception {
        Path log = Files.createTempFile("migration-saga-suite-", ".log");
        LocalSuite suite = null;
        if (!options.running()) {
            out.printf("starting the suite without %s (log %s)%n", NOT_IN_THE_FLOW, log);
            suite = LocalSuite.up(options.root(), log, NOT_IN_THE_FLOW);
        }
        try {
            URI gateway = URI.create(LocalSuite.GATEWAY);
            String app = GatewayJar.mintToken(gateway, "bench-app", "APP");
            String merchant = GatewayJar.mintToken(gateway, "bench-merchant", "MERCHANT", List.of(MERCHANT));
            out.printf("%d warm-up and %d measured migrations of phones 139%08d..%n", options.warmUp(),
                    options.migrations(), phoneBase);
            Latencies toReview = new Latencies();
            Latencies toCompleted = new Latencies();
            Map<String, Long> approvedAt = new HashMap<>();
            List<String> measured = new ArrayList<>();
            // A migration makes about seven calls at Weichuang; the simulator lists the last 1000 of all paths.
            SimulatorReceipts told = SimulatorReceipts.migrationsDone(LocalSuite.SIMULATOR,
                    phone -> phone.startsWith(String.format("139%05d", phoneBase / 1000)));
            for (int i = 0; i < options.warmUp() + options.migrations(); i++) {
                String phone = String.format("139%08d", phoneBase + i);
                long started = System.nanoTime();
                call("POST", MIGRATIONS, app, Map.of("phoneNo", phone));
                JsonNode pending = awaitState(phone, app, "PENDING_REVIEW");
                long pendingAt = System.nanoTime();
                long approvedMillis = System.currentTimeMillis();
                long approving = System.nanoTime();
                call("POST", APPROVE, merchant, Map.of("id", pending.path("reviewId").asLong(), "shareCode",
                        SHARE_CODE, "deposit", 0, "state", 1));
                awaitState(phone, app, "COMPLETED");
                told.poll();
                if (i >= options.warmUp()) {
                    toReview.add(pendingAt - started);
                    toCompleted.add(System.nanoTime() - approving);
                    approvedAt.put(phone, approvedMillis);
                    measured.add(phone);
                }
            }
            Latencies toWeichuang = new Latencies();
            for (Map.Entry<String, Long> received : weichuangToldOnce(told, measured).entrySet()) {
                toWeichuang.add((received.getValue() - approvedAt.get(received.getKey())) * 1_000_000);
            }
            out.printf("%n%-70s %8s %8s %8s %8s%n", "migration step (ms)", "p50", "p95", "p99", "max");
            row("start -> PENDING_REVIEW (Weichuang pulled, member and review made)", toReview);
            row("approval -> COMPLETED (battery bound, member in use, event recorded)", toCompleted);
            row("approval -> Weichuang told (wcMigrationDone received)", toWeichuang);
            out.printf("%nevery one of the %d migrations completed and Weichuang was told of each exactly once%n",
                    measured.size());
        } finally {
            if (suite != null) {
                suite.close();
            }
        }
    }

    private JsonNode awaitState(String phone, String app, String state) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STEP_WAIT.toNanos();
        JsonNode migration;
        do {
            migration = call("GET", MIGRATIONS + "/" + phone, app, null);
            if (state.equals(migration.path("state").asString(""))) {
                return migration;
            }
            Thread.sleep(5);
        } while (System.nanoTime() < deadline);
        throw new Bench.WrongAnswer("the migration of " + phone + " was not " + state + " within "
                + STEP_WAIT.toSeconds() + " s: " + migration);
    }

    /** When Weichuang received each phone's wcMigrationDone; fails unless each was received exactly once. */
    private Map<String, Long> weichuangToldOnce(SimulatorReceipts receipts, List<String> phones)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STEP_WAIT.toNanos();
        while (true) {
            receipts.poll();
            if (!receipts.repeated().isEmpty()) {
                throw new Bench.WrongAnswer("Weichuang was told of migrations more than once: " + receipts.repeated());
            }
            List<String> missing = phones.stream().filter(phone -> receipts.received(phone) == null).toList();
            if (missing.isEmpty()) {
                Map<String, Long> first = new HashMap<>();
                phones.forEach(phone -> first.put(phone, receipts.received(phone)));
                return first;
            }
            if (System.nanoTime() > deadline) {
                throw new Bench.WrongAnswer("Weichuang was never told of " + missing.size() + " migrations: "
                        + missing);
            }
            Thread.sleep(250);
        }
    }

    /** Calls the gateway with the person's token; anything but HTTP 200 with KOP code 200 fails the run. */
    private JsonNode call(String method, String path, String token, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(LocalSuite.GATEWAY + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode envelope = response.statusCode() == 200 ? json.readTree(response.body()) : null;
        if (envelope == null || envelope.path("code").asInt() != 200) {
            throw new Bench.WrongAnswer(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return envelope.path("data");
    }

    private void row(String name, Latencies latencies) {
        out.printf("%-70s %8.0f %8.0f %8.0f %8.0f%n", name, latencies.p50(), latencies.p95(),
                latencies.percentileMillis(99), latencies.percentileMillis(100));
    }
}
