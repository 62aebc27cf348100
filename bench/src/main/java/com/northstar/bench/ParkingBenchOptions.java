package com.northstar.bench;

import java.nio.file.Path;

/**
 * What one run of {@link ParkingBenchmark} does, from its command line.
 *
 * @param cards       users and cards in the table (each with a plate and a paid order)
 * @param lookups     measured parkingUserByCard calls (after as many unmeasured ones as {@code warmUp})
 * @param notifies    measured parkingPayNotify calls, each for an order renewed just before (unmeasured)
 * @param uploads     renewals carrying two 5,000,000-byte PDFs each, {@code concurrency} at a time
 * @param heap        the service's -Xmx: an upload path that buffered whole files would not fit beside the others
 */
record ParkingBenchOptions(long cards, int warmUp, int lookups, int notifies, int uploads, int concurrency,
        String heap, boolean reuse, boolean keep, Path serviceJar, BenchOptions.DatabaseServer database) {

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar parking [--cards=N] [--warm-up=W] [--lookups=L] [--notifies=K]
                   [--uploads=U] [--concurrency=C] [--heap=SIZE] [--reuse] [--keep] [--service-jar=PATH]
              --cards=N        users/cards loaded (default 100000)
              --warm-up=W      unmeasured calls of each kind first (default 200)
              --lookups=L      measured parkingUserByCard calls (default 2000)
              --notifies=K     measured parkingPayNotify calls (default 500)
              --uploads=U      renewals with two 5 MB PDFs (default 24), --concurrency=C at a time (default 4)
              --heap=SIZE      the service's -Xmx (default 192m)
              --reuse          keep the schema if it holds the N cards; --keep leaves it for the next run""";

    static ParkingBenchOptions parse(String[] args) {
        long cards = 100_000;
        int warmUp = 200;
        int lookups = 2000;
        int notifies = 500;
        int uploads = 24;
        int concurrency = 4;
        String heap = "192m";
        boolean reuse = false;
        boolean keep = false;
        Path serviceJar = Path.of("parking-service/target/parking-service-0.1.0-SNAPSHOT.jar");
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--cards" -> cards = BenchOptions.positive(name, Long.parseLong(value));
                case "--warm-up" -> warmUp = (int) BenchOptions.notNegative(name, Integer.parseInt(value));
                case "--lookups" -> lookups = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--notifies" -> notifies = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--uploads" -> uploads = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--concurrency" -> concurrency = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--heap" -> heap = value;
                case "--reuse" -> reuse = true;
                case "--keep" -> keep = true;
                case "--service-jar" -> serviceJar = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (warmUp + notifies + uploads > cards) {
            throw new IllegalArgumentException("--warm-up, --notifies and --uploads renew distinct cards: at most "
                    + "--cards of them");
        }
        return new ParkingBenchOptions(cards, warmUp, lookups, notifies, uploads, concurrency, heap, reuse, keep,
                serviceJar, BenchOptions.DatabaseServer.fromEnvironment());
    }
}
