package com.northstar.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built service jar run as a child JVM: once with profile {@code generate} to load its table, once as the service
 * under test. Both run in a scratch directory (so no H2 file or log lands in the work tree), without
 * config-server, Kafka listener or outbox relay, and are stopped when the benchmark ends, even on Ctrl-C.
 */
final class ServiceJar {

    /** The generators' closing line, e.g. "generated 1,000,000 swap orders in 289.1 s: 3,521 rows/s". */
    private static final Pattern LOADER_RATE = Pattern.compile("generated ([\\d,]+) .+ in .*: ([\\d,]+) rows/s");

    private final String service;
    private final Path jar;
    private final Path workDir;
    private final BenchDatabase database;
    private final PrintStream out;

    ServiceJar(String service, Path jar, Path workDir, BenchDatabase database, PrintStream out) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + service + " jar at " + jar.toAbsolutePath() + ": build it with "
                    + "./mvnw -q -pl " + service + ",bench -am package -DskipTests, or pass --service-jar=PATH");
        }
        this.service = service;
        this.jar = jar.toAbsolutePath();
        this.workDir = workDir;
        this.database = database;
        this.out = out;
    }

    /**
     * What the loader reported and what the whole step took.
     *
     * @param rows                what was loaded (orders, batteries)
     * @param loaderRowsPerSecond the loader's own rate (inserts only), -1 if it did not print one
     * @param took                JVM start, Flyway and the inserts
     */
    record Load(long rows, long loaderRowsPerSecond, Duration took) {

        long rowsPerSecond() {
            return rows * 1000 / Math.max(1, took.toMillis());
        }
    }

    /** Runs the generator with {@code --<countOption>=<rows>} and returns once it has exited. */
    Load generate(String countOption, long rows) throws IOException, InterruptedException {
        Path log = workDir.resolve("generate.log");
        List<String> arguments = arguments(database.bulkLoadUrl());
        arguments.add("--spring.profiles.active=generate");
        arguments.add("--" + countOption + "=" + rows);
        long started = System.nanoTime();
        long[] loaderRate = { -1 };
        int exit = ChildJvm.run("the loader", ChildJvm.javaCommand(List.of(), jar, arguments), workDir, log, line -> {
            // The loader's own lines are plain text; the service's log lines are JSON.
            if (!line.startsWith("{")) {
                out.println("  loader| " + line);
            }
            Matcher rate = LOADER_RATE.matcher(line);
            if (rate.find()) {
                loaderRate[0] = Long.parseLong(rate.group(2).replace(",", ""));
            }
        });
        if (exit != 0) {
            throw new IllegalStateException("the loader exited with " + exit + ", see " + log);
        }
        return new Load(rows, loaderRate[0], Duration.ofNanos(System.nanoTime() - started));
    }

    /** Starts the service with the JVM's default flags on free ports and returns once it reports ready. */
    RunningService start() throws IOException, InterruptedException {
        return start(ChildJvm.freePort(), ChildJvm.freePort(), List.of());
    }

    /** Starts the service on the given ports (bound to 127.0.0.1) and returns once it reports ready. */
    RunningService start(int port, int managementPort, List<String> jvmFlags) throws IOException, InterruptedException {
        List<String> arguments = arguments(database.schemaUrl());
        arguments.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--management.server.port=" + managementPort, "--management.server.address=127.0.0.1"));
        long started = System.nanoTime();
        ChildJvm jvm = ChildJvm.start(service, ChildJvm.javaCommand(jvmFlags, jar, arguments), Map.of(),
                workDir, workDir.resolve("service.log"));
        jvm.awaitReady(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"));
        return new RunningService(jvm, URI.create("http://127.0.0.1:" + port),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The service under test; closing it stops its JVM.
     *
     * @param startup from starting the JVM to its first ready answer
     */
    record RunningService(ChildJvm jvm, URI baseUri, Duration startup) implements AutoCloseable {

        Path log() {
            return jvm.log();
        }

        @Override
        public void close() throws InterruptedException {
            jvm.close();
        }
    }

    private List<String> arguments(String jdbcUrl) {
        return new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.config.import=",
                "--spring.cloud.config.enabled=false",
                "--spring.kafka.listener.auto-startup=false",
                "--platform.outbox.enabled=false"));
    }
}
