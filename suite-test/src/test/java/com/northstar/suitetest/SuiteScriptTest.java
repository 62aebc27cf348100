package com.northstar.suitetest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        ProcessBuilder builder = LocalSuite.suiteCommand(ROOT, arguments);
        builder.environment().put("SUITE_STATE_DIR", state.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("./suite %s returned", String.join(" ", arguments)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {

        String line(String component) {
            return output.lines().filter(line -> line.startsWith(component + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no line for " + component + " in:\n" + output));
        }
    }
}
