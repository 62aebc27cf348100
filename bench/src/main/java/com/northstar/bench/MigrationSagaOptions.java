package com.northstar.bench;

import java.nio.file.Path;

/**
 * What one run of {@link MigrationSagaBenchmark} does, from its command line.
 *
 * @param warmUp     migrations run first and left out of the results
 * @param migrations migrations measured
 * @param running    measure the suite already running instead of starting one
 * @param root       the repository root, where {@code ./suite} is
 */
record MigrationSagaOptions(int warmUp, int migrations, boolean running, Path root) {

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar migration [--warm-up=W] [--migrations=N] [--running]
              --warm-up=W      migrations run first, not measured (default 20)
              --migrations=N   migrations measured (default 200; warm-up and measured at most 1000)
              --running        measure the suite already running (./suite up); otherwise the benchmark starts
                               ./suite up --detach --no-build without parking and stored value, and stops it""";

    static MigrationSagaOptions parse(String[] args) {
        int warmUp = 20;
        int migrations = 200;
        boolean running = false;
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--warm-up" -> warmUp = (int) BenchOptions.notNegative(name, Integer.parseInt(value));
                case "--migrations" -> migrations = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--running" -> running = true;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (warmUp + migrations > 1000) {
            throw new IllegalArgumentException("--warm-up and --migrations must add up to at most 1000");
        }
        return new MigrationSagaOptions(warmUp, migrations, running, Path.of("").toAbsolutePath());
    }
}
