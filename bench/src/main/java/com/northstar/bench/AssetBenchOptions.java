package com.northstar.bench;

import java.nio.file.Path;

/**
 * What one run of {@link AssetQueryBenchmark} does, from its command line and environment.
 *
 * @param batteries   batteries in the table (as many bindings: half current, half ended)
 * @param reuse       keep the tables when they already hold exactly {@code batteries} batteries
 * @param keep        leave the schema in place at the end (for a later {@code --reuse})
 * @param warmUp      unmeasured rounds over every case before the measured ones
 * @param repetitions measured rounds; each round sends every case once
 * @param serviceJar  the built asset-service jar
 */
record AssetBenchOptions(long batteries, boolean reuse, boolean keep, int warmUp, int repetitions, Path serviceJar,
        BenchOptions.DatabaseServer database) {

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar assets [--batteries=N] [--reuse] [--keep] [--warm-up=W]
                                                           [--repetitions=K] [--service-jar=PATH]
              --batteries=N      batteries and bindings in the tables (default 1000000, even)
              --reuse            keep schema bench_asset when it already holds exactly N batteries
              --keep             do not drop the schema at the end
              --warm-up=W        unmeasured rounds over all cases (default 5)
              --repetitions=K    measured rounds over all cases (default 30)
              --service-jar=PATH default asset-service/target/asset-service-0.1.0-SNAPSHOT.jar
            environment: BENCH_MYSQL_URL (default jdbc:mysql://127.0.0.1:3306/), BENCH_MYSQL_USER (root),
                         BENCH_MYSQL_PASSWORD (empty)""";

    static AssetBenchOptions parse(String[] args) {
        long batteries = 1_000_000;
        boolean reuse = false;
        boolean keep = false;
        int warmUp = 5;
        int repetitions = 30;
        Path serviceJar = Path.of("asset-service/target/asset-service-0.1.0-SNAPSHOT.jar");
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--batteries" -> batteries = BenchOptions.positive(name, Long.parseLong(value));
                case "--reuse" -> reuse = true;
                case "--keep" -> keep = true;
                case "--warm-up" -> warmUp = (int) BenchOptions.notNegative(name, Integer.parseInt(value));
                case "--repetitions" -> repetitions = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--service-jar" -> serviceJar = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (batteries % 2 != 0) {
            throw new IllegalArgumentException("--batteries must be even: the generator makes them in pairs");
        }
        return new AssetBenchOptions(batteries, reuse, keep, warmUp, repetitions, serviceJar,
                BenchOptions.DatabaseServer.fromEnvironment());
    }
}
