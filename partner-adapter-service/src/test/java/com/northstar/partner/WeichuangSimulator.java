package com.northstar.partner;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Weichuang simulator (dev/weichuang-simulator's jar, built before this module) as a child JVM on a free
 * port, started once per test JVM and stopped with it; its control API for faults and for what it received.
 */
public final class WeichuangSimulator {

    private static final Path TARGET = Path.of("..", "dev", "weichuang-simulator", "target");
    private static WeichuangSimulator shared;

    private final Process process;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private WeichuangSimulator(Process process, int port) {
        this.process = process;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public static synchronized WeichuangSimulator shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static WeichuangSimulator start() {
        try {
            Path jar = jar();
            int port = freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                    "--server.port=" + port, "--logging.level.root=WARN")
                    .redirectErrorStream(true)
                    .redirectOutput(new File("target", "weichuang-simulator.log"))
                    .start();
            WeichuangSimulator simulator = new WeichuangSimulator(process, port);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            simulator.awaitHealthy();
            return simulator;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the Weichuang simulator", e);
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(file -> file.getFileName().toString().matches("weichuang-simulator-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no simulator jar in " + TARGET
                            + ": build dev/weichuang-simulator first"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the simulator exited; see target/weichuang-simulator.log");
            }
            try {
                if (send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).GET()).statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            pause(200);
        }
        throw new IllegalStateException("the simulator was not healthy within 90 s");
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Seeded data, faults, calls and refunds as at startup. */
    public void reset() {
        control("POST", "/wc/_control/reset", null);
    }

    public void fault(String path, String mode, int count, long delayMs) {
        control("POST", "/wc/_control/faults", Map.of("path", path, "mode", mode, "count", count,
                "delayMs", delayMs));
    }

    public void clearFaults() {
        control("DELETE", "/wc/_control/faults", null);
    }

    /** The calls received on {@code path}, oldest first. */
    public List<JsonNode> calls(String path) {
        return list(control("GET", "/wc/_control/calls?path=" + path, null));
    }

    /** Every refund paid, oldest first. */
    public List<JsonNode> refunds() {
        return list(control("GET", "/wc/_control/refunds", null));
    }

    /** A POST to Weichuang's API as is, e.g. unsigned. */
    public HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    private JsonNode control(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isBlank() ? null : json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("simulator unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static List<JsonNode> list(JsonNode answer) {
        JsonNode items = answer == null ? null : answer.has("data") ? answer.get("data") : answer;
        List<JsonNode> list = new ArrayList<>();
        if (items != null) {
            items.forEach(list::add);
        }
        return list;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
