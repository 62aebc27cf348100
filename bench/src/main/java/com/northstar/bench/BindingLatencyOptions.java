package com.northstar.bench;

import java.nio.file.Path;

/**
 * What one run of {@link BindingLatencyBenchmark} does, from its command line.
 *
 * @param warmUp  swaps reported first and left out of the results (a JVM just started runs cold)
 * @param swaps   completed swaps measured, each moving two batteries (two binding updates at Weichuang)
 * @param rate    swaps reported per second, open loop (a slow answer does not slow the next report down)
 * @param running measure the suite already running on the local ports instead of starting one
 * @param root    the repository root, where {@code ./suite} is
 */
record BindingLatencyOptions(int warmUp, int swaps, int rate, boolean running, Path root) {

    /** Each swap takes a battery number of its own out of 10,000; the last ones are the users' first batteries. */
    static final int MAX_SWAPS = 9_000;

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar binding [--warm-up=W] [--swaps=N] [--rate=R] [--running]
              --warm-up=W swaps reported first, not measured (default 200)
              --swaps=N   completed swaps measured (default 1000; warm-up and measured at most 9000)
              --rate=R    swaps per second, open loop (default 10)
              --running   measure the suite already running (./suite up); otherwise the benchmark starts
                          ./suite up --detach --no-build without the services the flow does not use, and stops it""";

    static BindingLatencyOptions parse(String[] args) {
        int warmUp = 200;
        int swaps = 1000;
        int rate = 10;
        boolean running = false;
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--warm-up" -> warmUp = (int) BenchOptions.notNegative(name, Integer.parseInt(value));
                case "--swaps" -> swaps = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--rate" -> rate = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--running" -> running = true;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (warmUp + swaps > MAX_SWAPS) {
            throw new IllegalArgumentException("--warm-up and --swaps must add up to at most " + MAX_SWAPS);
        }
        return new BindingLatencyOptions(warmUp, swaps, rate, running, Path.of("").toAbsolutePath());
    }
}
