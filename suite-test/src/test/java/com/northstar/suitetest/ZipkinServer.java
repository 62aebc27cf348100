package com.northstar.suitetest;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real trace backend for the walkthrough: the Zipkin server jar from Maven Central (copied to
 * {@code target/zipkin-server.jar} by the build), in-memory storage, on 127.0.0.1:{@value #PORT}.
 */
final class ZipkinServer implements AutoCloseable {

    static final int PORT = 9411;
    /** Where the apps send their spans: {@code TRACING_ZIPKIN_ENDPOINT}. */
    static final String SPANS_ENDPOINT = "http://127.0.0.1:" + PORT + "/api/v2/spans";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private ZipkinServer(Process process) {
        this.process = process;
    }

    /** Starts the jar with this JVM's {@code java} and waits until it reports healthy. */
    static ZipkinServer start(Path jar, Path log) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the build copies it there (suite-test/pom.xml)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("QUERY_PORT", Integer.toString(PORT));
        builder.environment().put("STORAGE_TYPE", "mem");
        ZipkinServer server = new ZipkinServer(builder.start());
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!server.healthy()) {
            if (!server.process.isAlive() || System.nanoTime() > deadline) {
                server.close();
                throw new IllegalStateException("Zipkin did not turn healthy on port " + PORT + " (" + log + ")");
            }
            Thread.sleep(500);
        }
        return server;
    }

    private boolean healthy() {
        try {
            return get("/health").path("status").asString("").equals("UP");
        } catch (IOException | InterruptedException notYet) {
            return false;
        }
    }

    /** The spans Zipkin holds of one trace; empty while it has none. */
    JsonNode trace(String traceId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/v2/trace/" + traceId))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 404 ? json.createArrayNode() : json.readTree(response.body());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(5))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + PORT + path);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
