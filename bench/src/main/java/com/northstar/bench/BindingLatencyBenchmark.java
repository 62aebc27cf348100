package com.northstar.bench;

import com.northstar.platform.core.hmac.HmacSignature;
import com.northstar.platform.core.time.WireDates;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * From a cabinet's swap report at the gateway to Weichuang (the simulator) receiving its {@code wcBindingUpdate}:
 * W warm-up and N measured completed swaps reported at a fixed rate (open loop), each user returning the battery its
 * previous swap gave it, so every swap binds one battery and unbinds another. Each swap's path is cut where its events were published:
 * swap-order's outbox relay ({@code swap.order-completed}), asset-service's consumer and relay
 * ({@code asset.binding-changed}), partner-adapter-service's consumer and call. Prints p50/p95/p99 of each part
 * and its share of the whole; exits 1 if any update never arrives or one arrives twice.
 */
public final class BindingLatencyBenchmark {

    private static final String REPORT = "/api/swap/orders/report";
    private static final String CABINET_KEY = "cabinet-local";
    private static final String CABINET_SECRET = "cabinet-local-secret";
    private static final int USERS = 50;
    private static final Duration ARRIVAL_WAIT = Duration.ofSeconds(60);
    /** Services the swap-to-binding flow does not touch: not started, so they take no CPU from it. */
    private static final List<String> NOT_IN_THE_FLOW = List.of("member-service", "deposit-service",
            "parking-service", "stored-value-service");

    private final BindingLatencyOptions options;
    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Distinguishes this run's orders from every earlier run's in the same H2 files and topics. */
    private final String run = "BL" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    /**
     * This run's batteries are {@code BT} + 8 digits, the codes Weichuang (the simulator) knows, so their binding
     * updates are delivered rather than refused as unknown: 10,000 numbers from a base that changes every second.
     */
    private final long batteryBase = System.currentTimeMillis() / 1000 % 10_000 * 10_000;
    private final Set<String> batteries = ConcurrentHashMap.newKeySet();

    private BindingLatencyBenchmark(BindingLatencyOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        Bench.launch(args, BindingLatencyOptions::parse, BindingLatencyOptions.USAGE,
                options -> new BindingLatencyBenchmark(options, System.out)::run);
    }

    /** One swap as sent and as seen along the way; times are epoch milliseconds of this machine's clock. */
    private static final class Swap {
        final String deviceOrderId;
        final String newBattery;
        final String oldBattery;
        /** The user's first swap returns a battery never bound here: nothing to unbind, no update for it. */
        final boolean unbindsOldBattery;
        long sent;
        long answered;

        Swap(String deviceOrderId, String newBattery, String oldBattery, boolean unbindsOldBattery) {
            this.deviceOrderId = deviceOrderId;
            this.newBattery = newBattery;
            this.oldBattery = oldBattery;
            this.unbindsOldBattery = unbindsOldBattery;
        }
    }

    private void run() throws Exception {
        Path log = Files.createTempFile("binding-latency-suite-", ".log");
        LocalSuite suite = null;
        if (!options.running()) {
            out.printf("starting the suite without %s (log %s)%n", NOT_IN_THE_FLOW, log);
            suite = LocalSuite.up(options.root(), log, NOT_IN_THE_FLOW);
        }
        List<Swap> swaps = plan();
        try (PipelineStamps stamps = new PipelineStamps(LocalSuite.KAFKA,
                id -> id.startsWith(run) || batteries.contains(id))) {
            SimulatorReceipts receipts = SimulatorReceipts.bindingUpdates(LocalSuite.SIMULATOR, batteries::contains);
            out.printf("%,d warm-up and %,d measured swaps at %d/s through %s, run %s%n", options.warmUp(),
                    options.swaps(), options.rate(), LocalSuite.GATEWAY, run);
            send(swaps, receipts);
            awaitArrivals(swaps, stamps, receipts);
            report(swaps.subList(options.warmUp(), swaps.size()), stamps, receipts);
        } finally {
            if (suite != null) {
                suite.close();
            }
        }
    }

    /** Swap i of user u gets a new battery and returns the one u's previous swap gave it (a fresh one at first). */
    private List<Swap> plan() {
        List<Swap> swaps = new ArrayList<>();
        String[] holding = new String[USERS];
        for (int i = 0; i < options.warmUp() + options.swaps(); i++) {
            int user = i % USERS;
            String old = holding[user] == null ? battery(BindingLatencyOptions.MAX_SWAPS + user) : holding[user];
            String fresh = battery(i);
            swaps.add(new Swap(run + "-ORDER-" + i, fresh, old, holding[user] != null));
            holding[user] = fresh;
        }
        return swaps;
    }

    private String battery(long number) {
        String code = String.format("BT%08d", batteryBase + number);
        batteries.add(code);
        return code;
    }

    private void send(List<Swap> swaps, SimulatorReceipts receipts) throws Exception {
        long interval = 1_000_000_000L / options.rate();
        long start = System.nanoTime();
        long nextPoll = start;
        List<CompletableFuture<Void>> answers = new ArrayList<>();
        for (int i = 0; i < swaps.size(); i++) {
            long due = start + i * interval;
            while (System.nanoTime() < due) {
                if (System.nanoTime() >= nextPoll) {
                    receipts.poll();
                    nextPoll = System.nanoTime() + 250_000_000L;
                }
                Thread.sleep(Math.max(0, Math.min(5, (due - System.nanoTime()) / 1_000_000)));
            }
            Swap swap = swaps.get(i);
            answers.add(report(swap, i % USERS));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
    }

    private CompletableFuture<Void> report(Swap swap, int user) {
        byte[] body = json.writeValueAsBytes(reportBody(swap, user));
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(LocalSuite.GATEWAY + REPORT))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(HmacSignature.APP_KEY, CABINET_KEY)
                .header(HmacSignature.TIMESTAMP, timestamp)
                .header(HmacSignature.NONCE, nonce)
                .header(HmacSignature.SIGNATURE, HmacSignature.sign(CABINET_SECRET, "POST", REPORT, timestamp, nonce,
                        body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        swap.sent = System.currentTimeMillis();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenAccept(response -> {
                    swap.answered = System.currentTimeMillis();
                    JsonNode answer = json.readTree(response.body());
                    if (response.statusCode() != 200 || answer.path("code").asInt() != 200) {
                        throw new Bench.WrongAnswer("report " + swap.deviceOrderId + " answered "
                                + response.statusCode() + ": " + response.body());
                    }
                });
    }

    private Map<String, Object> reportBody(Swap swap, int user) {
        LocalDateTime now = LocalDateTime.now(WireDates.ZONE).withNano(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deviceOrderId", swap.deviceOrderId);
        body.put("deviceId", "TK1001");
        body.put("merchantCode", "M001");
        body.put("userId", 7_000_000 + user);
        body.put("phone", String.format("1370009%04d", user));
        body.put("userName", "Bench Rider " + user);
        body.put("channel", "cabinet");
        body.put("orderType", 1);
        body.put("orderState", 1);
        body.put("startTime", WireDates.format(now.minusMinutes(1)));
        body.put("completeTime", WireDates.format(now));
        body.put("newBattery", swap.newBattery);
        body.put("oldBattery", swap.oldBattery);
        body.put("payStatus", 1);
        body.put("payType", 1);
        body.put("changeDetail", Map.of("borrowBoxNo", 2, "returnBoxNo", 5, "borrowElectric", 97,
                "returnElectric", 18));
        body.put("packageInfo", Map.of("packageName", "Monthly card", "price", 9900));
        return body;
    }

    private void awaitArrivals(List<Swap> swaps, PipelineStamps stamps, SimulatorReceipts receipts) throws Exception {
        long deadline = System.nanoTime() + ARRIVAL_WAIT.toNanos();
        while (missing(swaps, stamps, receipts) > 0 && System.nanoTime() < deadline) {
            receipts.poll();
            Thread.sleep(250);
        }
        long missing = missing(swaps, stamps, receipts);
        if (missing > 0) {
            throw new Bench.WrongAnswer(missing + " of " + swaps.size() + " swaps did not reach Weichuang as two "
                    + "binding updates (one for the user's first) within " + ARRIVAL_WAIT.toSeconds()
                    + " s of the last report");
        }
        if (!receipts.repeated().isEmpty()) {
            throw new Bench.WrongAnswer("binding updates reached Weichuang twice: " + receipts.repeated());
        }
    }

    private static long missing(List<Swap> swaps, PipelineStamps stamps, SimulatorReceipts receipts) {
        return swaps.stream().filter(swap -> stamps.swapPublished(swap.deviceOrderId) == null
                || stamps.bindingPublished(swap.newBattery, 1) == null
                || receipts.received(PipelineStamps.binding(swap.newBattery, 1)) == null
                || swap.unbindsOldBattery && receipts.received(PipelineStamps.binding(swap.oldBattery, 0)) == null).count();
    }

    private void report(List<Swap> swaps, PipelineStamps stamps, SimulatorReceipts receipts) {
        Latencies answer = new Latencies();
        Latencies swapOrder = new Latencies();
        Latencies asset = new Latencies();
        Latencies partner = new Latencies();
        Latencies total = new Latencies();
        Latencies unbindTotal = new Latencies();
        for (Swap swap : swaps) {
            long swapEvent = stamps.swapPublished(swap.deviceOrderId);
            long bindingEvent = stamps.bindingPublished(swap.newBattery, 1);
            long atWeichuang = receipts.received(PipelineStamps.binding(swap.newBattery, 1));
            answer.add(millis(swap.answered - swap.sent));
            swapOrder.add(millis(swapEvent - swap.sent));
            asset.add(millis(bindingEvent - swapEvent));
            partner.add(millis(atWeichuang - bindingEvent));
            total.add(millis(atWeichuang - swap.sent));
            if (swap.unbindsOldBattery) {
                unbindTotal.add(millis(receipts.received(PipelineStamps.binding(swap.oldBattery, 0)) - swap.sent));
            }
        }
        out.printf("%n%-78s %8s %8s %8s %8s%n", "part of the path (ms)", "p50", "p95", "p99", "max");
        row("report answered by the gateway (gateway + swap-order-service)", answer);
        row("report sent -> swap.order-completed published (swap-order's outbox relay)", swapOrder);
        row("-> asset.binding-changed published (Kafka, asset consumer, asset's relay)", asset);
        row("-> wcBindingUpdate received by Weichuang (Kafka, partner-adapter, HTTP)", partner);
        row("report sent -> Weichuang told the new battery is bound (goal p99 <= 500)", total);
        row("report sent -> Weichuang told the returned battery is unbound", unbindTotal);
        out.printf("%nshare of the median path: swap-order %.0f %%, asset %.0f %%, partner-adapter %.0f %%%n",
                100 * swapOrder.p50() / total.p50(), 100 * asset.p50() / total.p50(),
                100 * partner.p50() / total.p50());
        out.printf("p99 / p50 of the whole path: %.2fx; every one of the %,d binding and %,d unbinding updates "
                + "arrived once%n", total.percentileMillis(99) / total.p50(), total.count(), unbindTotal.count());
    }

    private void row(String name, Latencies latencies) {
        out.printf("%-78s %8.0f %8.0f %8.0f %8.0f%n", name, latencies.p50(), latencies.p95(),
                latencies.percentileMillis(99), latencies.percentileMillis(100));
    }

    /** Latencies counts nanoseconds; these parts are measured in milliseconds of the wall clock. */
    private static long millis(long milliseconds) {
        return Math.max(0, milliseconds) * 1_000_000;
    }
}
