package com.northstar.bench;

import java.nio.file.Path;

/**
 * The svCardPay benchmark's options.
 *
 * @param tills       concurrent tills (threads), each with its own card in the distinct-cards case
 * @param payments    measured payments per till and case
 * @param warmUp      unmeasured payments per till before each case
 * @param keep        leave the schema in place at the end
 * @param serviceJar  the built stored-value-service jar
 */
record CardPayOptions(int tills, int payments, int warmUp, boolean keep, Path serviceJar,
        BenchOptions.DatabaseServer database) {

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar pay [--tills=T] [--payments=N] [--warm-up=W] [--keep] [--service-jar=PATH]
              --tills=T          concurrent tills (default 8)
              --payments=N       measured payments per till and case (default 500)
              --warm-up=W        unmeasured payments per till before each case (default 200)
              --keep             do not drop schema bench_stored_value at the end
              --service-jar=PATH default stored-value-service/target/stored-value-service-0.1.0-SNAPSHOT.jar
            environment: BENCH_MYSQL_URL (default jdbc:mysql://127.0.0.1:3306/), BENCH_MYSQL_USER (root),
                         BENCH_MYSQL_PASSWORD (empty)""";

    static CardPayOptions parse(String[] args) {
        int tills = 8;
        int payments = 500;
        int warmUp = 200;
        boolean keep = false;
        Path serviceJar = Path.of("stored-value-service/target/stored-value-service-0.1.0-SNAPSHOT.jar");
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--tills" -> tills = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--payments" -> payments = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--warm-up" -> warmUp = (int) BenchOptions.notNegative(name, Integer.parseInt(value));
                case "--keep" -> keep = true;
                case "--service-jar" -> serviceJar = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new CardPayOptions(tills, payments, warmUp, keep, serviceJar,
                BenchOptions.DatabaseServer.fromEnvironment());
    }
}
