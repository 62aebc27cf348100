package com.northstar.deploycheck;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with the real tool when this machine has one ({@code kustomize build} or
 * {@code kubectl kustomize}); otherwise with {@link KustomizationReader}, which reads the kustomization files itself.
 */
final class Kustomize {

    private Kustomize() {
    }

    static Manifests render(Path directory) {
        return installedTool()
                .map(command -> new Manifests(Yaml.loadAll(run(command, directory))))
                .orElseGet(() -> new Manifests(KustomizationReader.render(directory)));
    }

    /** The command line that renders a directory (appended as the last argument), if a tool is on the PATH. */
    static Optional<List<String>> installedTool() {
        if (onPath("kustomize")) {
            return Optional.of(List.of("kustomize", "build"));
        }
        if (onPath("kubectl")) {
            return Optional.of(List.of("kubectl", "kustomize"));
        }
        return Optional.empty();
    }

    static String run(List<String> command, Path directory) {
        List<String> commandLine = new ArrayList<>(command);
        commandLine.add(directory.toString());
        try {
            Process process = new ProcessBuilder(commandLine).redirectErrorStream(false).start();
            byte[] stdout = process.getInputStream().readAllBytes();
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", commandLine) + " failed: " + stderr);
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + commandLine, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + commandLine, e);
        }
    }

    private static boolean onPath(String executable) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, executable))
                .anyMatch(Files::isExecutable);
    }
}
