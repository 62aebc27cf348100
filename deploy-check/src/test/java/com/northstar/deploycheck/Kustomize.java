package com.northstar.deploycheck;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization as the cluster would get it: {@code kubectl kustomize} (kubectl bundles kustomize), or the
 * {@code kustomize} binary's {@code kustomize build} where only that is installed. Neither on the PATH fails the
 * tests that need a rendering: nothing else renders k8s/.
 */
final class Kustomize {

    private Kustomize() {
    }

    /** The YAML stream the kustomization in a directory renders to. */
    static String render(Path directory) {
        List<String> commandLine = new ArrayList<>(tool());
        commandLine.add(directory.toString());
        try {
            Process process = new ProcessBuilder(commandLine).start();
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

    /** The command line that renders a directory (appended as the last argument). */
    private static List<String> tool() {
        if (onPath("kubectl")) {
            return List.of("kubectl", "kustomize");
        }
        if (onPath("kustomize")) {
            return List.of("kustomize", "build");
        }
        throw new IllegalStateException("neither kubectl nor kustomize is on the PATH, and k8s/ is checked as they "
                + "render it: install kubectl (it bundles kustomize) or the kustomize binary");
    }

    private static boolean onPath(String executable) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, executable))
                .anyMatch(Files::isExecutable);
    }
}
