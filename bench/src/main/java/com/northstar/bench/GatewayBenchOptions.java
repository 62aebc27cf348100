package com.northstar.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one gateway-vs-direct run does, from its command line and environment.
 *
 * @param orders        orders in the service's table, so the query does real work
 * @param flags         the JVM flag set both JVMs run with
 * @param gatewayFlags  the gateway's JVM flags when set explicitly, replacing those of {@code flags}
 * @param gatewayArgs   extra Spring arguments for the gateway (to measure a setting without rebuilding)
 * @param warmUpSeconds unmeasured load, alternating gateway and direct, before the measured rounds
 * @param rounds        measured rounds per concurrency; each sends gateway then direct load
 * @param roundSeconds  how long each half of a round lasts
 * @param profile       record a flight recording of the gateway over the measured rounds
 */
record GatewayBenchOptions(long orders, JvmFlags flags, List<String> gatewayFlags, List<String> gatewayArgs,
        int warmUpSeconds, int rounds, int roundSeconds, Ports ports, boolean profile, Path serviceJar,
        Path gatewayJar, Path wrk, BenchOptions.DatabaseServer database) {

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar gateway [--flags=local|container] [--orders=N] [--warm-up=S]
                       [--rounds=R] [--round-seconds=S] [--gateway-flags="..."] [--gateway-arg=--name=value]...
                       [--ports=GATEWAY,GATEWAY_MANAGEMENT,SERVICE,SERVICE_MANAGEMENT] [--profile]
                       [--service-jar=PATH] [--gateway-jar=PATH] [--wrk=PATH]
              --flags=SET          JVM flags: local (./suite's, the default) or container (the image's)
              --orders=N           orders in schema bench_swap_order_gateway (default 10000)
              --warm-up=S          unmeasured seconds of load before measuring (default 40)
              --rounds=R           measured rounds per concurrency (default 10)
              --round-seconds=S    seconds of each half (gateway, direct) of a round (default 3)
              --gateway-flags=".." the gateway's JVM flags instead of the set's, e.g. to try full JIT locally
              --gateway-arg=ARG    an extra argument for the gateway, repeatable
              --ports=A,B,C,D      default 18080,19080,18084,19084 (never the suite's ports)
              --profile            flight recording of the gateway over the measured rounds (gateway.jfr)
              --service-jar=PATH   default swap-order-service/target/swap-order-service-0.1.0-SNAPSHOT.jar
              --gateway-jar=PATH   default gateway/target/gateway-0.1.0-SNAPSHOT.jar
              --wrk=PATH           default /usr/bin/wrk
            environment: BENCH_MYSQL_URL (default jdbc:mysql://127.0.0.1:3306/), BENCH_MYSQL_USER (root),
                         BENCH_MYSQL_PASSWORD (empty)""";

    /** The two ways the suite runs its JVMs. */
    enum JvmFlags {
        /** {@code ./suite}'s: nine JVMs on two cores, so small heaps and C1 only, but full JIT for the gateway. */
        LOCAL(List.of("-Xms64m", "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k"),
                List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-Xss512k")),
        /** The image's: full tiered JIT, G1, the heap 65 % of the container's memory (512 MB here). */
        CONTAINER(List.of("-Xmx512m", "-XX:+UseG1GC"), List.of("-Xmx512m", "-XX:+UseG1GC"));

        private final List<String> flags;
        private final List<String> gatewayFlags;

        JvmFlags(List<String> flags, List<String> gatewayFlags) {
            this.flags = flags;
            this.gatewayFlags = gatewayFlags;
        }

        /** The service's flags. */
        List<String> flags() {
            return flags;
        }

        List<String> gatewayFlags() {
            return gatewayFlags;
        }

        static JvmFlags of(String name) {
            return Arrays.stream(values()).filter(set -> set.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--flags is local or container, not " + name));
        }
    }

    /** Where the two JVMs listen (127.0.0.1 only). */
    record Ports(int gateway, int gatewayManagement, int service, int serviceManagement) {

        List<Integer> all() {
            return List.of(gateway, gatewayManagement, service, serviceManagement);
        }
    }

    /** The gateway's flags: the explicit ones, or the set's. */
    List<String> effectiveGatewayFlags() {
        return gatewayFlags.isEmpty() ? flags.gatewayFlags() : gatewayFlags;
    }

    static GatewayBenchOptions parse(String[] args) {
        long orders = 10_000;
        JvmFlags flags = JvmFlags.LOCAL;
        List<String> gatewayFlags = List.of();
        List<String> gatewayArgs = new ArrayList<>();
        int warmUp = 40;
        int rounds = 10;
        int roundSeconds = 3;
        Ports ports = new Ports(18080, 19080, 18084, 19084);
        boolean profile = false;
        Path serviceJar = Path.of("swap-order-service/target/swap-order-service-0.1.0-SNAPSHOT.jar");
        Path gatewayJar = Path.of("gateway/target/gateway-0.1.0-SNAPSHOT.jar");
        Path wrk = Path.of("/usr/bin/wrk");
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--orders" -> orders = BenchOptions.positive(name, Long.parseLong(value));
                case "--flags" -> flags = JvmFlags.of(value);
                case "--gateway-flags" -> gatewayFlags = Arrays.stream(value.trim().split("\\s+"))
                        .filter(flag -> !flag.isEmpty()).toList();
                case "--gateway-arg" -> gatewayArgs.add(value);
                case "--warm-up" -> warmUp = (int) BenchOptions.notNegative(name, Integer.parseInt(value));
                case "--rounds" -> rounds = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--round-seconds" -> roundSeconds = (int) BenchOptions.positive(name, Integer.parseInt(value));
                case "--ports" -> ports = ports(value);
                case "--profile" -> profile = true;
                case "--service-jar" -> serviceJar = Path.of(value);
                case "--gateway-jar" -> gatewayJar = Path.of(value);
                case "--wrk" -> wrk = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new GatewayBenchOptions(orders, flags, gatewayFlags, List.copyOf(gatewayArgs), warmUp, rounds,
                roundSeconds, ports, profile, serviceJar, gatewayJar, wrk,
                BenchOptions.DatabaseServer.fromEnvironment());
    }

    private static Ports ports(String value) {
        int[] ports = Arrays.stream(value.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        if (ports.length != 4 || Arrays.stream(ports).distinct().count() != 4
                || Arrays.stream(ports).anyMatch(port -> port < 1024 || port > 65535)) {
            throw new IllegalArgumentException("--ports needs four different ports in 1024-65535");
        }
        return new Ports(ports[0], ports[1], ports[2], ports[3]);
    }
}
