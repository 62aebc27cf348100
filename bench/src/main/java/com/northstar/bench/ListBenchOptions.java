package com.northstar.bench;

import java.nio.file.Path;

/**
 * What one run of {@link ListQueryBenchmark} does, from its command line and environment.
 *
 * @param rows        rows the generator loads (batteries, members)
 * @param reuse       keep the tables when they already hold exactly {@code rows} rows
 * @param keep        leave the schema in place at the end (for a later {@code --reuse})
 * @param warmUp      unmeasured rounds over every case before the measured ones
 * @param repetitions measured rounds; each round sends every case once
 */
record ListBenchOptions(long rows, boolean reuse, boolean keep, int warmUp, int repetitions, Path serviceJar,
        BenchOptions.DatabaseServer database) {

    static String usage(ListPlan plan) {
        return """
                usage: java -jar bench/target/bench.jar %1$s [--%2$s=N] [--reuse] [--keep] [--warm-up=W]
                                                            [--repetitions=K] [--service-jar=PATH]
                  --%2$s=N  rows to load (default %3$d)
                  --reuse            keep schema %4$s when it already holds exactly N
                  --keep             do not drop the schema at the end
                  --warm-up=W        unmeasured rounds over all cases (default 5)
                  --repetitions=K    measured rounds over all cases (default 30)
                  --service-jar=PATH default %5$s
                environment: BENCH_MYSQL_URL (default jdbc:mysql://127.0.0.1:3306/), BENCH_MYSQL_USER (root),
                             BENCH_MYSQL_PASSWORD (empty)""".formatted(plan.name(), plan.rowsOption(),
                plan.defaultRows(), plan.schema(), plan.defaultJar());
    }

    static ListBenchOptions parse(ListPlan plan, String[] args) {
        long rows = plan.defaultRows();
        boolean reuse = false;
        boolean keep = false;
        int warmUp = 5;
        int repetitions = 30;
        Path serviceJar = plan.defaultJar();
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (name.equals("--" + plan.rowsOption())) {
                rows = BenchOptions.positive(name, Long.parseLong(value));
                continue;
            }
            switch (name) {
                case "--reuse" -> reuse = true;
                case "--keep" -> keep = true;
                case "--warm-up" -> warmUp = (int) BenchOptions.notNegative(name, Integer.parseInt(value));
                case "--repetitions" -> repetitions = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--service-jar" -> serviceJar = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        plan.checkRows(rows);
        return new ListBenchOptions(rows, reuse, keep, warmUp, repetitions, serviceJar,
                BenchOptions.DatabaseServer.fromEnvironment());
    }
}
