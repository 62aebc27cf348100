package com.northstar.bench;

import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.core.caller.Role;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * parking-service at 100,000 users and cards, measured in one run: loads them with the service's {@code generate}
 * profile (or reuses them), starts the service with a small heap, and measures {@code parkingUserByCard} (PARK, a
 * random card each call), the notify path ({@code parkingPayNotify} SUCCESS for an order renewed just before, which
 * marks it paid and extends the card) and renewals carrying two 5 MB PDFs, {@code --concurrency} at a time, while
 * the service's heap is sampled every 20 ms from its management port. Exits 1 on any unexpected answer.
 */
public final class ParkingBenchmark {

    private static final String SCHEMA = "bench_parking";
    private static final String PARK = "b5ae3fed8f35419ab3e6c9521e631354";
    private static final String PRODUCT = "bench0000000000000000000000000001";
    private static final int PDF_BYTES = 5_000_000;
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
    private static final String DOCUMENTS = "[{\"type\":\"1\",\"name\":\"驾驶证\",\"code\":\"0\",\"content\":\"a\"},"
            + "{\"type\":\"1\",\"name\":\"行驶证1\",\"code\":\"1\",\"content\":\"b\"}]";

    private final ParkingBenchOptions options;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong nextCard = new AtomicLong();
    private URI base;
    private URI management;

    private ParkingBenchmark(ParkingBenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    static void main(String[] args) {
        Bench.launch(args, ParkingBenchOptions::parse, ParkingBenchOptions.USAGE,
                options -> new ParkingBenchmark(options, System.out)::run);
    }

    private void run() throws Exception {
        BenchDatabase database = new BenchDatabase(options.database(), SCHEMA);
        Path workDir = Files.createTempDirectory("parking-bench-");
        ServiceJar jar = new ServiceJar("parking-service", options.serviceJar(), workDir, database, out);
        out.printf("parking benchmark: %,d users/cards in schema %s, service heap -Xmx%s; logs in %s%n",
                options.cards(), SCHEMA, options.heap(), workDir);
        try {
            prepare(database, jar);
            int port = ChildJvm.freePort();
            int managementPort = ChildJvm.freePort();
            try (ServiceJar.RunningService service = jar.start(port, managementPort, List.of("-Xmx" + options.heap(),
                    "-Dparking.storage.local-dir=" + workDir.resolve("documents")))) {
                base = service.baseUri();
                management = URI.create("http://127.0.0.1:" + managementPort);
                out.printf("service ready in %.1f s%n%n", service.startup().toMillis() / 1000.0);
                Latencies byCard = byCard();
                Latencies notify = notifies();
                uploads(workDir);
                out.printf("%n%-52s %7s %9s %9s %9s%n", "operation", "calls", "p50 ms", "p95 ms", "p99 ms");
                print("parkingUserByCard (PARK, random card)", byCard);
                print("parkingPayNotify SUCCESS (order paid, card extended)", notify);
            }
        } finally {
            if (options.keep()) {
                out.printf("schema %s kept (--keep): the next run can pass --reuse%n", SCHEMA);
            } else {
                database.drop();
            }
        }
    }

    private void prepare(BenchDatabase database, ServiceJar jar) throws Exception {
        if (options.reuse() && database.rowCount("parking_card") == options.cards() + 1) {
            out.printf("reusing the %,d cards already in %s (renewals of an earlier run stay)%n", options.cards(),
                    SCHEMA);
            return;
        }
        database.recreate();
        ServiceJar.Load load = jar.generate("cards", options.cards());
        out.printf("load: %,d users, plates, cards and orders in %.1f s (the loader's inserts %,d rows/s)%n",
                options.cards(), load.took().toMillis() / 1000.0, load.loaderRowsPerSecond());
    }

    private Latencies byCard() throws Exception {
        Latencies latencies = new Latencies();
        for (int call = 0; call < options.warmUp() + options.lookups(); call++) {
            long card = 1 + (call * 7919L) % options.cards();
            long started = System.nanoTime();
            JsonNode answer = post("/api/parking/users/by-card", Role.PARK, Map.of("omPrCardId", cardId(card)));
            long nanos = System.nanoTime() - started;
            expect(answer.path("resultData").path("cardList").size() == 1, "parkingUserByCard", answer);
            if (call >= options.warmUp()) {
                latencies.add(nanos);
            }
        }
        return latencies;
    }

    /** Renews a fresh card (unmeasured), then times the provider's SUCCESS notification of that order. */
    private Latencies notifies() throws Exception {
        Latencies latencies = new Latencies();
        for (int call = 0; call < options.warmUp() + options.notifies(); call++) {
            JsonNode order = renew(List.of(HttpRequest.BodyPublishers.ofByteArray(PNG),
                    HttpRequest.BodyPublishers.ofByteArray(PNG))).path("resultData");
            String orderId = order.path("omPrOrderId").asString();
            long fen = order.path("amount").decimalValue().movePointRight(2).longValueExact();
            long started = System.nanoTime();
            JsonNode answer = post("/api/parking/pay/wx-notify", Role.PAYMENT, Map.of("outTradeNo", orderId,
                    "transactionId", "bench-" + UUID.randomUUID(), "totalFee", fen, "tradeState", "SUCCESS"));
            long nanos = System.nanoTime() - started;
            expect("03".equals(answer.path("resultData").path("state").asString()), "parkingPayNotify", answer);
            if (call >= options.warmUp()) {
                latencies.add(nanos);
            }
        }
        return latencies;
    }

    /** Renewals with two 5 MB PDFs, {@code concurrency} at a time, with the service's heap sampled meanwhile. */
    private void uploads(Path workDir) throws Exception {
        Path pdf = workDir.resolve("document.pdf");
        try (OutputStream file = Files.newOutputStream(pdf)) {
            file.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            file.write(new byte[PDF_BYTES - 9]);
        }
        System.gc();
        double before = heapUsedMegabytes();
        AtomicBoolean uploading = new AtomicBoolean(true);
        List<Double> samples = new ArrayList<>();
        Thread sampler = new Thread(() -> {
            while (uploading.get()) {
                try {
                    double used = heapUsedMegabytes();
                    synchronized (samples) {
                        samples.add(used);
                    }
                    Thread.sleep(20);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();
        Latencies latencies = new Latencies();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        try {
            List<Future<Long>> renewals = new ArrayList<>();
            for (int i = 0; i < options.uploads(); i++) {
                renewals.add(pool.submit(() -> {
                    long began = System.nanoTime();
                    renew(List.of(HttpRequest.BodyPublishers.ofFile(pdf), HttpRequest.BodyPublishers.ofFile(pdf)));
                    return System.nanoTime() - began;
                }));
            }
            for (Future<Long> renewal : renewals) {
                latencies.add(renewal.get());
            }
        } finally {
            pool.shutdown();
            uploading.set(false);
            sampler.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double peak = samples.stream().mapToDouble(Double::doubleValue).max().orElse(before);
        double megabytes = options.uploads() * 2.0 * PDF_BYTES / 1_000_000;
        out.printf("uploads: %d renewals x 2 PDFs of 5,000,000 bytes, %d at a time: %.0f MB in %.1f s (%.1f MB/s), "
                        + "renewal p50 %.0f ms, p95 %.0f ms%n", options.uploads(), options.concurrency(), megabytes,
                seconds, megabytes / seconds, latencies.p50(), latencies.percentileMillis(95));
        out.printf("service heap used: %.1f MB before, peak %.1f MB while uploading (%d samples); %.0f MB of files "
                        + "were in flight at a time%n", before, peak, samples.size(),
                options.concurrency() * 2.0 * PDF_BYTES / 1_000_000);
    }

    private JsonNode renew(List<HttpRequest.BodyPublisher> files) throws IOException, InterruptedException {
        long card = nextCard.incrementAndGet() * 15_485_863L % options.cards() + 1;
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        Map<String, String> fields = Map.ofEntries(Map.entry("omPrCardId", cardId(card)),
                Map.entry("pmSetrentId", PRODUCT), Map.entry("productVId", PRODUCT), Map.entry("priceType", "01"),
                Map.entry("userInfoId", String.format("%032x", card)), Map.entry("userCode", "bench"),
                Map.entry("userDepartment", "111001"), Map.entry("firstOrgName", "文学院"),
                Map.entry("firstOrgCode", "111"), Map.entry("secondOrgName", "中文系"),
                Map.entry("secondOrgCode", "111001"), Map.entry("extraDataJson", DOCUMENTS));
        fields.forEach((name, value) -> parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n")));
        for (int i = 0; i < files.size(); i++) {
            parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"doc" + i
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
            parts.add(files.get(i));
            parts.add(text("\r\n"));
        }
        parts.add(text("--" + boundary + "--\r\n"));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/parking/orders/renew"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(AuthHeaders.SUBJECT, "bench-app").header(AuthHeaders.ROLES, Role.APP.name())
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode answer = json.readTree(response.body());
        expect(response.statusCode() == 200 && "0".equals(answer.path("isSuccess").asString()), "parkingOrderRenew",
                answer);
        return answer;
    }

    private JsonNode post(String path, Role role, Map<String, Object> body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(AuthHeaders.SUBJECT, "bench-" + role.name().toLowerCase()).header(AuthHeaders.ROLES, role.name())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode answer = json.readTree(response.body());
        expect(response.statusCode() == 200, path, answer);
        return answer;
    }

    private double heapUsedMegabytes() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                management.resolve("/actuator/metrics/jvm.memory.used?tag=area:heap")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).path("measurements").get(0).path("value").asDouble() / 1_000_000;
    }

    private void print(String label, Latencies latencies) {
        out.printf("%-52s %7d %9.2f %9.2f %9.2f%n", label, latencies.count(), latencies.p50(), latencies.p95(),
                latencies.percentileMillis(99));
    }

    private static HttpRequest.BodyPublisher text(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private static String cardId(long i) {
        return "c" + String.format("%031x", i);
    }

    private static void expect(boolean fine, String operation, JsonNode answer) {
        if (!fine) {
            throw new Bench.WrongAnswer(operation + " answered " + answer);
        }
    }
}
