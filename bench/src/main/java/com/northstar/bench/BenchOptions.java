package com.northstar.bench;

import java.nio.file.Path;

/**
 * What one benchmark run does, from its command line and environment.
 *
 * @param orders      how many orders the table holds
 * @param reuse       keep the table when it already holds exactly {@code orders} orders instead of reloading it
 * @param keep        leave the schema in place at the end (for a later {@code --reuse})
 * @param warmUp      unmeasured rounds over every case before the measured ones
 * @param repetitions measured rounds; each round sends every case once
 * @param deepPage    the page compared with page 1 (clamped to the last page)
 * @param serviceJar  the built swap-order-service jar
 */
record BenchOptions(long orders, boolean reuse, boolean keep, int warmUp, int repetitions, int deepPage,
        Path serviceJar, DatabaseServer database) {

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar [query] [--orders=N] [--reuse] [--keep] [--warm-up=W] [--repetitions=K]
                                                            [--deep-page=P] [--service-jar=PATH]
              --orders=N         orders in the table (default 1000000)
              --reuse            keep schema bench_swap_order when it already holds exactly N orders
              --keep             do not drop the schema at the end
              --warm-up=W        unmeasured rounds over all cases (default 5)
              --repetitions=K    measured rounds over all cases (default 30)
              --deep-page=P      the page compared with page 1 (default 1000)
              --service-jar=PATH default swap-order-service/target/swap-order-service-0.1.0-SNAPSHOT.jar
            environment: BENCH_MYSQL_URL (default jdbc:mysql://127.0.0.1:3306/), BENCH_MYSQL_USER (root),
                         BENCH_MYSQL_PASSWORD (empty)""";

    /** Where the server is and how to log in; the benchmark's schema lives on it. */
    record DatabaseServer(String url, String user, String password) {

        /** {@code BENCH_MYSQL_URL}, {@code BENCH_MYSQL_USER}, {@code BENCH_MYSQL_PASSWORD}, or the local defaults. */
        static DatabaseServer fromEnvironment() {
            return new DatabaseServer(env("BENCH_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/"),
                    env("BENCH_MYSQL_USER", "root"), env("BENCH_MYSQL_PASSWORD", ""));
        }
    }

    static BenchOptions parse(String[] args) {
        long orders = 1_000_000;
        boolean reuse = false;
        boolean keep = false;
        int warmUp = 5;
        int repetitions = 30;
        int deepPage = 1000;
        Path serviceJar = Path.of("swap-order-service/target/swap-order-service-0.1.0-SNAPSHOT.jar");
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--orders" -> orders = positive(name, Long.parseLong(value));
                case "--reuse" -> reuse = true;
                case "--keep" -> keep = true;
                case "--warm-up" -> warmUp = (int) notNegative(name, Integer.parseInt(value));
                case "--repetitions" -> repetitions = (int) positive(name, Integer.parseInt(value));
                case "--deep-page" -> deepPage = (int) positive(name, Integer.parseInt(value));
                case "--service-jar" -> serviceJar = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new BenchOptions(orders, reuse, keep, warmUp, repetitions, deepPage, serviceJar,
                DatabaseServer.fromEnvironment());
    }

    static long positive(String option, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return value;
    }

    static long notNegative(String option, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(option + " must not be negative");
        }
        return value;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
