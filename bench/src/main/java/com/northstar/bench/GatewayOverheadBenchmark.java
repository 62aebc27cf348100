package com.northstar.bench;

import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.core.caller.Role;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the gateway adds to a request: the same {@code swapOrderQuery} (§2.2.6, operations' normal orders, page 1
 * without the count) sent through the gateway with a bearer JWT and straight to swap-order-service with the
 * {@code X-Auth-*} headers the gateway would set, by wrk, in alternating short rounds of one run (so load from
 * elsewhere on the machine hits both alike): at one connection (mean latency) and at 16 (throughput). Exits 1 on
 * any answer other than HTTP 200 with KOP code 200, 2 on bad options.
 */
final class GatewayOverheadBenchmark {

    static final List<Integer> CONCURRENCIES = List.of(1, 16);
    private static final String PATH = "/api/swap/orders/query";
    private static final String SUBJECT = "bench-ops";

    private final GatewayBenchOptions options;
    private final PrintStream out;

    private GatewayOverheadBenchmark(GatewayBenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    static void main(String[] args) {
        Bench.launch(args, GatewayBenchOptions::parse, GatewayBenchOptions.USAGE,
                options -> new GatewayOverheadBenchmark(options, System.out)::run);
    }

    private void run() throws IOException, InterruptedException, SQLException {
        if (!Files.isExecutable(options.wrk())) {
            throw new IllegalStateException("no wrk at " + options.wrk() + " (apt-get install wrk, or --wrk=PATH)");
        }
        GatewayBenchOptions.Ports ports = options.ports();
        ports.all().forEach(ChildJvm::requireFree);
        BenchDatabase database = new BenchDatabase(options.database(), BenchDatabase.GATEWAY_SCHEMA);
        Path workDir = Files.createTempDirectory("gateway-bench-");
        ServiceJar service = new ServiceJar("swap-order-service", options.serviceJar(), workDir, database, out);
        GatewayJar gateway = new GatewayJar(options.gatewayJar(), workDir);
        out.printf("gateway vs direct: %,d orders in schema %s; logs in %s%n", options.orders(), database.schema(),
                workDir);
        out.printf("flags %s: service %s; gateway %s%n", options.flags().name().toLowerCase(Locale.ROOT),
                String.join(" ", options.flags().flags()), String.join(" ", options.effectiveGatewayFlags()));
        if (!options.gatewayArgs().isEmpty()) {
            out.printf("gateway arguments: %s%n", String.join(" ", options.gatewayArgs()));
        }
        try {
            database.recreate();
            service.generate("orders", options.orders());
            try (ServiceJar.RunningService direct = service.start(ports.service(), ports.serviceManagement(),
                    options.flags().flags());
                    ChildJvm routed = gateway.start(ports.gateway(), ports.gatewayManagement(), direct.baseUri(),
                            options.effectiveGatewayFlags(), options.gatewayArgs())) {
                URI gatewayUri = URI.create("http://127.0.0.1:" + ports.gateway());
                out.printf("service and gateway ready (pids %d, %d); load average %s%n", direct.jvm().pid(),
                        routed.pid(), loadAverage());
                List<WrkLoad> targets = targets(gatewayUri, direct.baseUri(), workDir);
                warmUp(targets);
                FlightRecording recording = options.profile()
                        ? FlightRecording.start(routed.pid(), workDir.resolve("gateway.jfr")) : null;
                CpuUse cpu = new CpuUse(routed, direct.jvm());
                Map<String, Map<Integer, List<WrkLoad.Totals>>> measured = measure(targets, cpu);
                if (recording != null) {
                    out.printf("gateway flight recording: %s%n", recording.stop());
                }
                out.printf("load average at the end %s%n", loadAverage());
                GatewayOverheadReport.print(out, measured.get("gateway"), measured.get("direct"));
                cpu.print(out);
            }
        } finally {
            database.drop();
        }
    }

    /** The gateway with a JWT of role OPS; the service with the trusted headers the gateway sets for that token. */
    private List<WrkLoad> targets(URI gatewayUri, URI serviceUri, Path workDir)
            throws IOException, InterruptedException {
        String body = JsonMapper.builder().build().writeValueAsString(SeedProfile.opsNormalOrders().body(1, false));
        String token = GatewayJar.mintToken(gatewayUri, SUBJECT, Role.OPS.name());
        Map<String, String> trusted = new LinkedHashMap<>();
        trusted.put(AuthHeaders.SUBJECT, SUBJECT);
        trusted.put(AuthHeaders.ROLES, Role.OPS.name());
        out.printf("request: POST %s %s%n", PATH, body);
        return List.of(
                WrkLoad.of("gateway", gatewayUri.resolve(PATH).toString(), body,
                        Map.of("Authorization", "Bearer " + token), options.wrk(), workDir),
                WrkLoad.of("direct", serviceUri.resolve(PATH).toString(), body, trusted, options.wrk(), workDir));
    }

    /** Both JVMs compile the request path under the same load as the measured rounds. */
    private void warmUp(List<WrkLoad> targets) throws IOException, InterruptedException {
        int slices = (options.warmUpSeconds() + options.roundSeconds() - 1) / options.roundSeconds();
        for (int slice = 0; slice < slices; slice++) {
            WrkLoad target = targets.get(slice % targets.size());
            target.run(CONCURRENCIES.get(slice / targets.size() % CONCURRENCIES.size()), options.roundSeconds());
        }
        out.printf("warmed up for %d s%n", slices * options.roundSeconds());
    }

    /** Per concurrency, rounds of gateway then direct; every round's totals by target and concurrency. */
    private Map<String, Map<Integer, List<WrkLoad.Totals>>> measure(List<WrkLoad> targets, CpuUse cpu)
            throws IOException, InterruptedException {
        Map<String, Map<Integer, List<WrkLoad.Totals>>> measured = new LinkedHashMap<>();
        for (int connections : CONCURRENCIES) {
            for (int round = 1; round <= options.rounds(); round++) {
                StringBuilder line = new StringBuilder(String.format("  c=%-2d round %d/%d:", connections, round,
                        options.rounds()));
                for (WrkLoad target : targets) {
                    CpuUse.Snapshot before = cpu.snapshot();
                    WrkLoad.Totals totals = target.run(connections, options.roundSeconds());
                    cpu.add(target.name(), before, totals.requests());
                    measured.computeIfAbsent(target.name(), any -> new LinkedHashMap<>())
                            .computeIfAbsent(connections, any -> new ArrayList<>()).add(totals);
                    line.append(String.format("  %s %6.2f ms %6.0f req/s", target.name(), totals.meanMillis(),
                            totals.requestsPerSecond()));
                }
                out.println(line);
            }
        }
        return measured;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException notLinux) {
            return "unknown";
        }
    }
}
