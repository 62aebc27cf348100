package com.northstar.suitetest;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole suite as a developer runs it, through the repository's {@code ./suite} script: started once for the
 * walkthrough with the jars the reactor has just built, and stopped again by {@link #down()}.
 */
final class LocalSuite {

    /** The components that answer HTTP, with their public ports, as {@code ./suite} starts them. */
    static final Map<String, Integer> PUBLIC_PORTS = Map.ofEntries(
            Map.entry("weichuang-simulator", 8090),
            Map.entry("config-server", 8888),
            Map.entry("gateway", 8080),
            Map.entry("auth-server", 9000),
            Map.entry("asset-service", 8081),
            Map.entry("member-service", 8082),
            Map.entry("deposit-service", 8083),
            Map.entry("swap-order-service", 8084),
            Map.entry("partner-adapter-service", 8085),
            Map.entry("parking-service", 8086),
            Map.entry("stored-value-service", 8087));

    /** Where each of them serves /actuator: its management port (the simulator has none of its own). */
    static final Map<String, Integer> ACTUATOR_PORTS = Map.ofEntries(
            Map.entry("weichuang-simulator", 8090),
            Map.entry("config-server", 9888),
            Map.entry("gateway", 9080),
            Map.entry("auth-server", 9089),
            Map.entry("asset-service", 9081),
            Map.entry("member-service", 9082),
            Map.entry("deposit-service", 9083),
            Map.entry("swap-order-service", 9084),
            Map.entry("partner-adapter-service", 9085),
            Map.entry("parking-service", 9086),
            Map.entry("stored-value-service", 9087));

    static final int KAFKA_PORT = 9092;
    /** Longer than {@code ./suite up}'s own 180 s readiness deadline, so the script reports which one hung. */
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);
    /** Longer than {@code ./suite down}'s 20 s grace before it kills. */
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(2);
    private static final int TAIL_LINES = 80;

    private final Path root;
    private final Path output;
    private boolean startAttempted;

    LocalSuite(Path root, Path output) {
        this.root = root;
        this.output = output;
    }

    /** Every port the suite listens on: public, management and Kafka's. */
    static List<Integer> allPorts() {
        return Stream.of(PUBLIC_PORTS.values().stream(), ACTUATOR_PORTS.values().stream(), Stream.of(KAFKA_PORT))
                .flatMap(ports -> ports).distinct().sorted().toList();
    }

    /** The ports the suite needs, and those given, that something already listens on. */
    static List<Integer> portsInUse(Integer... more) {
        return Stream.concat(allPorts().stream(), Stream.of(more)).filter(port -> !bindable(port)).toList();
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    /**
     * Runs {@code ./suite up --detach --no-build}: the jars are this build's, so the script must not rebuild them.
     *
     * @param environment what the apps get in their environment besides this JVM's
     *
     * @throws IllegalStateException with the tail of the script's output (which holds the failing component's
     *                               log tail) when the suite is not healthy in time
     */
    void up(Map<String, String> environment) throws IOException, InterruptedException {
        startAttempted = true;
        Files.createDirectories(output.getParent());
        ProcessBuilder command = suiteCommand("up", "--detach", "--no-build").redirectOutput(output.toFile());
        command.environment().putAll(environment);
        Process process = command.start();
        if (!process.waitFor(UP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroy();
            throw failure("./suite up did not return within " + UP_TIMEOUT.toSeconds() + " s");
        }
        if (process.exitValue() != 0) {
            throw failure("./suite up exited with " + process.exitValue());
        }
    }

    /** Runs {@code ./suite down} when {@link #up()} was attempted (a suite this test did not start is left alone). */
    void down() throws IOException, InterruptedException {
        if (!startAttempted) {
            return;
        }
        Process process = suiteCommand("down").redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .start();
        if (!process.waitFor(DOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroy();
            throw new IllegalStateException("./suite down did not return within " + DOWN_TIMEOUT.toSeconds() + " s");
        }
    }

    /** What {@code ./suite login} printed and how it ended. */
    record Login(int exitCode, String output) {

        /** The access token: the one line of standard output of a login that succeeded. */
        String accessToken() {
            if (exitCode != 0) {
                throw new IllegalStateException("./suite login failed (" + exitCode + "): " + output);
            }
            return output.lines().reduce((first, last) -> last).orElseThrow().strip();
        }
    }

    /**
     * Runs {@code ./suite login USER}: the authorization code flow with PKCE and a loopback redirect, the password
     * (and, for an account that must choose one, the new password) given as the script reads them unattended.
     */
    Login login(String user, String password, String newPassword) throws IOException, InterruptedException {
        ProcessBuilder builder = suiteCommand("login", user);
        builder.environment().put("SUITE_LOGIN_PASSWORD", password);
        if (newPassword != null) {
            builder.environment().put("SUITE_LOGIN_NEW_PASSWORD", newPassword);
        }
        Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroy();
            throw new IllegalStateException("./suite login " + user + " did not return within 60 s");
        }
        return new Login(process.exitValue(), printed);
    }

    private ProcessBuilder suiteCommand(String... arguments) {
        return suiteCommand(root, arguments);
    }

    /** {@code ./suite} with this JVM's {@code java} first on the PATH: the suite runs on the JDK the build uses. */
    static ProcessBuilder suiteCommand(Path root, String... arguments) {
        List<String> command = new ArrayList<>(List.of("./suite"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        builder.environment().merge("PATH", javaBin, (path, bin) -> bin + File.pathSeparator + path);
        return builder;
    }

    private IllegalStateException failure(String what) throws IOException {
        String message = what + "; last lines of its output (" + output + "):\n" + tail();
        System.err.println(message);
        return new IllegalStateException(message);
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }
}
