package com.northstar.bench;

import java.util.Arrays;

/**
 * The bench jar's entry point: {@code gateway [options]} runs {@link GatewayOverheadBenchmark}; {@code query
 * [options]} or options alone run {@link SwapOrderQueryBenchmark}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        boolean named = args.length > 0 && !args[0].startsWith("--");
        String benchmark = named ? args[0] : "query";
        String[] options = named ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (benchmark) {
            case "query" -> SwapOrderQueryBenchmark.main(options);
            case "gateway" -> GatewayOverheadBenchmark.main(options);
            default -> {
                System.err.println("unknown benchmark " + benchmark + ": query (the default) or gateway");
                System.exit(2);
            }
        }
    }
}
