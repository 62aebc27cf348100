package com.northstar.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Boot jar the benchmark runs as a child JVM, with its output in a log file; closing it stops the JVM (gracefully,
 * forced after 30 s), and the benchmark's own exit stops it too, even on Ctrl-C.
 */
final class ChildJvm implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final String name;
    private final Process process;
    private final Thread stopOnExit;
    private final Path log;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** The command that runs {@code jar} with this JVM's java binary. */
    static List<String> javaCommand(List<String> jvmFlags, Path jar, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(arguments);
        return command;
    }

    /** Starts the command in {@code workDir}, with {@code environment} added to this JVM's, output to {@code log}. */
    static ChildJvm start(String name, List<String> command, Map<String, String> environment, Path workDir, Path log)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ChildJvm(name, builder.start(), log);
    }

    /**
     * Runs the command to its end, copying its output to {@code log} and every line to {@code lines} as it comes;
     * returns the exit code.
     */
    static int run(String name, List<String> command, Path workDir, Path log, Consumer<String> lines)
            throws IOException, InterruptedException {
        ChildJvm child = new ChildJvm(name, new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).start(), log);
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.process.getInputStream(),
                StandardCharsets.UTF_8)); Writer logFile = Files.newBufferedWriter(log)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                logFile.write(line);
                logFile.write('\n');
                lines.accept(line);
            }
            return child.process.waitFor();
        } finally {
            child.close();
        }
    }

    /** Waits until {@code readiness} answers 200; fails (and stops the JVM) if it exits or takes too long. */
    ChildJvm awaitReady(URI readiness) throws InterruptedException {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest probe = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + READY_WITHIN.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue()
                            + " before it was ready:\n" + tail());
                }
                try {
                    if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return this;
                    }
                } catch (IOException notListeningYet) {
                    // Still starting: the port opens late in the startup.
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException(name + " was not ready within " + READY_WITHIN + ":\n" + tail());
        } catch (InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    long pid() {
        return process.pid();
    }

    /** The CPU time the JVM has used so far, all its threads (the OS counts in ticks of 10 ms). */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElseThrow(
                () -> new IllegalStateException("the OS does not report the CPU time of " + name));
    }

    Path log() {
        return log;
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: the child is being stopped anyway.
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Fails when something already listens on the port, so a run never talks to another run's JVM. */
    static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.getLocalPort();
        } catch (IOException taken) {
            throw new IllegalStateException("port " + port + " is taken; choose other ports (see --help)");
        }
    }
}
