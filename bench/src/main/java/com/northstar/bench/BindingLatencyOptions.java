package com.northstar.bench;

import java.nio.file.Path;

/**
 * What one run of {@link BindingLatencyBenchmark} does, from its command line.
 *
 * @param swaps   completed swaps reported, each moving two batteries (two binding updates at Weichuang)
 * @param rate    swaps reported per second, open loop (a slow answer does not slow the next report down)
 * @param running measure the suite already running on the local ports instead of starting one
 * @param root    the repository root, where {@code ./suite} is
 */
record BindingLatencyOptions(int swaps, int rate, boolean running, Path root) {

    /** Each swap takes a battery number of its own out of 10,000; the last ones are the users' first batteries. */
    static final int MAX_SWAPS = 9_000;

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar binding [--swaps=N] [--rate=R] [--running]
              --swaps=N   completed swaps reported through the gateway (default 1000, at most 9000)
              --rate=R    swaps per second, open loop (default 10)
              --running   measure the suite already running (./suite up); otherwise the benchmark starts
                          ./suite up --detach --no-build without the services the flow does not use, and stops it""";

    static BindingLatencyOptions parse(String[] args) {
        int swaps = 1000;
        int rate = 10;
        boolean running = false;
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--swaps" -> swaps = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--rate" -> rate = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--running" -> running = true;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (swaps > MAX_SWAPS) {
            throw new IllegalArgumentException("--swaps must be at most " + MAX_SWAPS);
        }
        return new BindingLatencyOptions(swaps, rate, running, Path.of("").toAbsolutePath());
    }
}
