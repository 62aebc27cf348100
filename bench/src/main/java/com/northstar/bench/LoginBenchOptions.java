package com.northstar.bench;

import java.nio.file.Path;

/**
 * What one run of {@link LoginBenchmark} does, from its command line.
 *
 * @param logins      measured complete logins at each concurrency (after {@code warmUp} unmeasured ones)
 * @param refreshes   measured refresh-token grants, each with the token the previous one answered
 * @param concurrency logins in flight at once in the second round (the first is one at a time)
 */
record LoginBenchOptions(int warmUp, int logins, int refreshes, int concurrency, String heap, Path serviceJar,
        BenchOptions.DatabaseServer database) {

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar login [--warm-up=W] [--logins=L] [--refreshes=R]
                   [--concurrency=C] [--heap=SIZE] [--service-jar=PATH]
              --warm-up=W      unmeasured logins first (default 30)
              --logins=L       measured logins in each round (default 200)
              --refreshes=R    measured refreshes (default 500)
              --concurrency=C  logins at once in the second round (default 4)
              --heap=SIZE      the auth-server's -Xmx (default 256m)""";

    static LoginBenchOptions parse(String[] args) {
        int warmUp = 30;
        int logins = 200;
        int refreshes = 500;
        int concurrency = 4;
        String heap = "256m";
        Path serviceJar = Path.of("auth-server/target/auth-server-0.1.0-SNAPSHOT.jar");
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--warm-up" -> warmUp = (int) BenchOptions.notNegative(name, Integer.parseInt(value));
                case "--logins" -> logins = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--refreshes" -> refreshes = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--concurrency" -> concurrency = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--heap" -> heap = value;
                case "--service-jar" -> serviceJar = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new LoginBenchOptions(warmUp, logins, refreshes, concurrency, heap, serviceJar,
                BenchOptions.DatabaseServer.fromEnvironment());
    }
}
