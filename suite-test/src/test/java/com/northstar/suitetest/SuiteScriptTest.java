package com.northstar.suitetest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./suite} on a shared machine, with its PID files and logs in a directory of the test's own
 * (SUITE_STATE_DIR): it never takes someone else's process for one of its own, and it checks every port before it
 * starts anything.
 */
class SuiteScriptTest {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();

    private static final String EVERYTHING_BUT_KAFKA_AND_THE_SIMULATOR = String.join(",", "config-server", "gateway",
            "asset-service", "member-service", "deposit-service", "swap-order-service", "partner-adapter-service",
            "parking-service", "stored-value-service");

    @TempDir
    Path state;

    @Test
    void downAndStatusLeaveAloneAProcessWhosePidFileOutlivedTheComponent() throws Exception {
        Process stranger = new ProcessBuilder("sleep", "120").start();
        try {
            Path pidFile = state.resolve("run/swap-order-service.pid");
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, stranger.pid() + "\n");

            Result status = suite("status");
            Result down = suite("down");

            assertThat(status.line("swap-order-service")).as(status.output()).contains(" down ");
            assertThat(down.exitCode()).as(down.output()).isZero();
            assertThat(down.output()).doesNotContain("stopping swap-order-service");
            assertThat(stranger.isAlive()).as("the stranger's process").isTrue();
            assertThat(pidFile).as("the stale PID file").doesNotExist();
        } finally {
            stranger.destroy();
        }
    }

    @Test
    void upNamesEveryTakenPortPublicAndManagementAndStartsNothing() throws Exception {
        try (ServerSocket management = takeOrFindTaken(9084); ServerSocket pub = takeOrFindTaken(8086)) {
            Result up = suite("up", "--detach", "--no-build");

            assertThat(up.exitCode()).as(up.output()).isNotZero();
            assertThat(up.output()).contains("nothing was started")
                    .contains("9084 (swap-order-service)").contains("8086 (parking-service)");
            assertThat(filesUnder(state)).as("PID files and logs written").isEmpty();
        }
    }

    /**
     * The simulator is told (SERVER_PORT, which only it reads) to listen on a port the test holds, so it exits
     * during startup after the Kafka broker is up: the broker, which this {@code up} started, is stopped again.
     */
    @Test
    void aStartThatFailsStopsWhatItStarted() throws Exception {
        assertThat(LocalSuite.portsInUse()).as("ports the suite needs, taken by something else").isEmpty();
        try (ServerSocket held = new ServerSocket(0)) {
            Result up = suite(Map.of("SERVER_PORT", String.valueOf(held.getLocalPort())),
                    "up", "--detach", "--no-build", "--without", EVERYTHING_BUT_KAFKA_AND_THE_SIMULATOR);

            assertThat(up.exitCode()).as(up.output()).isEqualTo(1);
            assertThat(up.output()).contains("weichuang-simulator exited during startup")
                    .contains("stopping kafka-broker");
            assertThat(state.resolve("run/kafka-broker.pid")).as("the broker's PID file").doesNotExist();
            assertThat(LocalSuite.portsInUse()).as("ports still held after the failed start").isEmpty();
        } finally {
            suite(Map.of(), "down");
        }
    }

    /** Holds the port, or returns null when something else already does (either way the port is taken). */
    private static ServerSocket takeOrFindTaken(int port) {
        try {
            return new ServerSocket(port);
        } catch (IOException alreadyTaken) {
            return null;
        }
    }

    private static List<Path> filesUnder(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }

    private Result suite(String... arguments) throws IOException, InterruptedException {
        return suite(Map.of(), arguments);
    }

    private Result suite(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = LocalSuite.suiteCommand(ROOT, arguments);
        builder.environment().putAll(environment);
        builder.environment().put("SUITE_STATE_DIR", state.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).as("./suite %s returned", String.join(" ", arguments)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {

        String line(String component) {
            return output.lines().filter(line -> line.startsWith(component + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no line for " + component + " in:\n" + output));
        }
    }
}
