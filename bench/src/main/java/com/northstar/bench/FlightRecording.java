package com.northstar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JDK Flight Recording (profile settings: method samples every 10-20 ms) of a child JVM, started and stopped
 * with {@code jcmd}. Read it with {@code jfr print --events jdk.ExecutionSample FILE} or {@code jfr summary FILE}.
 */
final class FlightRecording {

    private static final String NAME = "bench";

    private final long pid;
    private final Path file;

    private FlightRecording(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    static FlightRecording start(long pid, Path file) throws IOException, InterruptedException {
        jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile", "filename=" + file);
        return new FlightRecording(pid, file);
    }

    /** Stops the recording and returns where it was written. */
    Path stop() throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=" + NAME);
        return file;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        List<String> arguments = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        arguments.addAll(List.of(command));
        Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", arguments) + " failed:\n" + output);
        }
    }
}
