package com.northstar.observability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's Prometheus started for one check: its own free port on the loopback address, its own storage under a
 * temporary directory, stopped by its process at the end (never a systemd service another user may rely on).
 */
final class PrometheusServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private PrometheusServer(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
    }

    static PrometheusServer start(Path binary, Path config, Path workDir) throws IOException, InterruptedException {
        int port = freePort();
        Process process = new ProcessBuilder(binary.toString(),
                "--config.file=" + config.toAbsolutePath(),
                "--storage.tsdb.path=" + workDir.resolve("data"),
                "--storage.tsdb.retention.time=1h",
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("prometheus.log").toFile())
                .start();
        PrometheusServer server = new PrometheusServer(process, port);
        server.awaitReady();
        return server;
    }

    String url() {
        return base;
    }

    private void awaitReady() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("prometheus exited with " + process.exitValue() + " (see prometheus.log)");
            }
            try {
                if (get("/-/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IOException("prometheus was not ready within " + START_TIMEOUT.toSeconds() + " s");
    }

    /**
     * The scrape targets that are not up now, as {@code job instance: error}; all of them until Prometheus has
     * applied its configuration (no targets yet). An up target has been scraped, so later increases show in rates.
     */
    List<String> targetsDown() throws IOException, InterruptedException {
        JsonNode targets = api("/api/v1/targets?state=active").path("activeTargets");
        if (targets.isEmpty()) {
            return List.of("(no targets yet)");
        }
        List<String> down = new ArrayList<>();
        for (JsonNode target : targets) {
            if (!"up".equals(target.path("health").asString())) {
                down.add(target.path("labels").path("job").asString() + " " + target.path("scrapeUrl").asString()
                        + ": " + target.path("health").asString() + " " + target.path("lastError").asString(""));
            }
        }
        return down;
    }

    /** The rule groups Prometheus loaded, as its rules API answers them. */
    JsonNode ruleGroups() throws IOException, InterruptedException {
        return api("/api/v1/rules").path("groups");
    }

    /** How many series an instant query returns now. */
    int seriesOf(String promql) throws IOException, InterruptedException {
        JsonNode data = api("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        JsonNode result = data.path("result");
        return "scalar".equals(data.path("resultType").asString()) ? 1 : result.size();
    }

    private JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        JsonNode body = json.readTree(response.body());
        if (response.statusCode() != 200 || !"success".equals(body.path("status").asString())) {
            throw new IOException(pathAndQuery + " answered " + response.statusCode() + " "
                    + body.path("error").asString(response.body()));
        }
        return body.path("data");
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
