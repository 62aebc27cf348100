package com.northstar.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built swap-order-service jar run as a child JVM: once with profile {@code generate} to load orders, once as
 * the service under test. Both run in a scratch directory (so no H2 file or log lands in the work tree), without
 * config-server, Kafka listener or outbox relay, and are stopped when the benchmark ends, even on Ctrl-C.
 */
final class ServiceJar {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final Pattern LOADER_RATE = Pattern.compile("generated ([\\d,]+) swap orders in .*: ([\\d,]+) rows/s");

    private final Path jar;
    private final Path workDir;
    private final BenchDatabase database;
    private final PrintStream out;

    ServiceJar(Path jar, Path workDir, BenchDatabase database, PrintStream out) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no service jar at " + jar.toAbsolutePath() + ": build it with ./mvnw -q"
                    + " -pl swap-order-service,bench -am package -DskipTests, or pass --service-jar=PATH");
        }
        this.jar = jar.toAbsolutePath();
        this.workDir = workDir;
        this.database = database;
        this.out = out;
    }

    /**
     * What the loader reported and what the whole step took.
     *
     * @param loaderRowsPerSecond the loader's own rate (inserts only), -1 if it did not print one
     * @param took                JVM start, Flyway and the inserts
     */
    record Load(long orders, long loaderRowsPerSecond, Duration took) {

        long rowsPerSecond() {
            return orders * 1000 / Math.max(1, took.toMillis());
        }
    }

    Load generate(long orders) throws IOException, InterruptedException {
        Path log = workDir.resolve("generate.log");
        List<String> command = command(database.bulkLoadUrl());
        command.add("--spring.profiles.active=generate");
        command.add("--orders=" + orders);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        Thread stopOnExit = stopOnExit(process);
        long loaderRate = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer logFile = Files.newBufferedWriter(log)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                logFile.write(line);
                logFile.write('\n');
                // The loader's own lines are plain text; the service's log lines are JSON.
                if (!line.startsWith("{")) {
                    out.println("  loader| " + line);
                }
                Matcher rate = LOADER_RATE.matcher(line);
                if (rate.find()) {
                    loaderRate = Long.parseLong(rate.group(2).replace(",", ""));
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the loader exited with " + exit + ", see " + log);
            }
        } finally {
            stop(process);
            forget(stopOnExit);
        }
        return new Load(orders, loaderRate, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Starts the service on a free port and returns once it reports ready. */
    RunningService start() throws IOException, InterruptedException {
        int port = freePort();
        Path log = workDir.resolve("service.log");
        List<String> command = command(database.schemaUrl());
        command.add("--server.port=" + port);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        RunningService service = new RunningService(process, stopOnExit(process), URI.create("http://127.0.0.1:"
                + port), log);
        try {
            awaitReady(service);
        } catch (IOException | InterruptedException | RuntimeException e) {
            service.close();
            throw e;
        }
        return service.startedIn(Duration.ofNanos(System.nanoTime() - started));
    }

    /** The service under test; closing it stops its JVM. */
    static final class RunningService implements AutoCloseable {

        private final Process process;
        private final Thread stopOnExit;
        private final URI baseUri;
        private final Path log;
        private Duration startup = Duration.ZERO;

        private RunningService(Process process, Thread stopOnExit, URI baseUri, Path log) {
            this.process = process;
            this.stopOnExit = stopOnExit;
            this.baseUri = baseUri;
            this.log = log;
        }

        private RunningService startedIn(Duration took) {
            this.startup = took;
            return this;
        }

        URI baseUri() {
            return baseUri;
        }

        Duration startup() {
            return startup;
        }

        Path log() {
            return log;
        }

        @Override
        public void close() throws InterruptedException {
            stop(process);
            forget(stopOnExit);
        }
    }

    private List<String> command(String jdbcUrl) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ArrayList<>(List.of(java, "-jar", jar.toString(),
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.config.import=",
                "--spring.cloud.config.enabled=false",
                "--spring.kafka.listener.auto-startup=false",
                "--platform.outbox.enabled=false"));
    }

    private static void awaitReady(RunningService service) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(service.baseUri().resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.process.isAlive()) {
                throw new IllegalStateException("the service exited with " + service.process.exitValue()
                        + " before it was ready:\n" + tail(service.log()));
            }
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting: the port opens late in the startup.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service was not ready within " + READY_WITHIN + ":\n"
                + tail(service.log()));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Thread stopOnExit(Process process) {
        Thread hook = new Thread(() -> process.destroyForcibly());
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void forget(Thread stopOnExit) {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: the child is being stopped anyway.
        }
    }

    /** Asks the JVM to shut down gracefully, and forces it after 30 s. */
    private static void stop(Process process) throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
