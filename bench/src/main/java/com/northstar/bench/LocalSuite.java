package com.northstar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The suite as {@code ./suite up --detach --no-build} runs it on this machine (H2 files, the embedded Kafka broker,
 * the Weichuang simulator, the gateway on :8080), started for a benchmark and stopped with {@code ./suite down}.
 */
final class LocalSuite implements AutoCloseable {

    static final String GATEWAY = "http://127.0.0.1:8080";
    static final String SIMULATOR = "http://127.0.0.1:8090";
    static final String KAFKA = "127.0.0.1:9092";

    private final Path root;
    private final Path log;

    private LocalSuite(Path root, Path log) {
        this.root = root;
        this.log = log;
    }

    /** Starts the suite without the given services and returns once every component is healthy. */
    static LocalSuite up(Path root, Path log, List<String> without) throws IOException, InterruptedException {
        if (!Files.isExecutable(root.resolve("suite"))) {
            throw new IllegalStateException("no ./suite in " + root + ": run the benchmark from the repository root");
        }
        LocalSuite suite = new LocalSuite(root, log);
        int exit = suite.run(List.of("./suite", "up", "--detach", "--no-build", "--without", String.join(",", without)));
        if (exit != 0) {
            suite.close();
            throw new IllegalStateException("./suite up exited with " + exit + ", see " + log);
        }
        return suite;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of("./suite", "down"));
    }

    private int run(List<String> command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start().waitFor();
    }
}
