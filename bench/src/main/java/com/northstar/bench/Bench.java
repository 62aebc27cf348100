package com.northstar.bench;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The bench jar's entry point: {@code gateway [options]} runs {@link GatewayOverheadBenchmark}, {@code binding
 * [options]} {@link BindingLatencyBenchmark}, {@code assets} and {@code members [options]} {@link ListQueryBenchmark}
 * with their {@link ListPlan}, {@code migration [options]} {@link MigrationSagaBenchmark}, {@code parking
 * [options]} {@link ParkingBenchmark}, {@code pay [options]} {@link CardPayBenchmark}, {@code login [options]}
 * {@link LoginBenchmark}; {@code query [options]} or options alone run {@link SwapOrderQueryBenchmark}.
 */
public final class Bench {

    private Bench() {
    }

    /** A wrong answer from the system under test: the run fails, printing it without a stack trace. */
    static class WrongAnswer extends RuntimeException {

        WrongAnswer(String message) {
            super(message);
        }
    }

    /** One benchmark run from parsed options. */
    interface Run {
        void run() throws Exception;
    }

    /** Parses the options (bad ones: usage and exit 2) and runs the benchmark (a failure: exit 1). */
    static <O> void launch(String[] args, Function<String[], O> parse, String usage, Function<O, Run> benchmark) {
        O options;
        try {
            options = parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage);
            System.exit(2);
            return;
        }
        try {
            benchmark.apply(options).run();
        } catch (WrongAnswer e) {
            System.err.println("FAILED: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("FAILED: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    public static void main(String[] args) {
        boolean named = args.length > 0 && !args[0].startsWith("--");
        String benchmark = named ? args[0] : "query";
        String[] options = named ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (benchmark) {
            case "query" -> SwapOrderQueryBenchmark.main(options);
            case "gateway" -> GatewayOverheadBenchmark.main(options);
            case "binding" -> BindingLatencyBenchmark.main(options);
            case "assets" -> ListQueryBenchmark.main(new AssetListPlan(), options);
            case "members" -> ListQueryBenchmark.main(new MemberListPlan(), options);
            case "migration" -> MigrationSagaBenchmark.main(options);
            case "parking" -> ParkingBenchmark.main(options);
            case "pay" -> CardPayBenchmark.main(options);
            case "login" -> LoginBenchmark.main(options);
            default -> {
                System.err.println("unknown benchmark " + benchmark + ": query (the default), gateway, binding, assets, members, "
                        + "migration, parking, pay or login");
                System.exit(2);
            }
        }
    }
}
