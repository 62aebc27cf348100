package com.northstar.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU time the gateway and the service spend per request, summed over the measured rounds of each target. It
 * does not depend on how busy the rest of the machine is (unlike latency and throughput on a shared machine), so
 * it shows what a change to the gateway saves even when the rounds are noisy.
 */
final class CpuUse {

    private final ChildJvm gateway;
    private final ChildJvm service;
    private final Map<String, long[]> byTarget = new LinkedHashMap<>();

    CpuUse(ChildJvm gateway, ChildJvm service) {
        this.gateway = gateway;
        this.service = service;
    }

    /** Both JVMs' CPU time so far, in nanoseconds. */
    record Snapshot(long gatewayNanos, long serviceNanos) {
    }

    Snapshot snapshot() {
        return new Snapshot(gateway.cpuTime().toNanos(), service.cpuTime().toNanos());
    }

    /** Adds what both JVMs used since {@code before} for {@code requests} requests of the target. */
    void add(String target, Snapshot before, long requests) {
        Snapshot after = snapshot();
        long[] sums = byTarget.computeIfAbsent(target, any -> new long[3]);
        sums[0] += after.gatewayNanos() - before.gatewayNanos();
        sums[1] += after.serviceNanos() - before.serviceNanos();
        sums[2] += requests;
    }

    void print(PrintStream out) {
        out.println();
        out.printf("%-22s %12s %12s%n", "CPU ms per request", "gateway", "service");
        byTarget.forEach((target, sums) -> out.printf("%-22s %12.3f %12.3f%n", target + " rounds",
                sums[0] / 1e6 / sums[2], sums[1] / 1e6 / sums[2]));
    }
}
