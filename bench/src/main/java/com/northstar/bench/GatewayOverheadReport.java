package com.northstar.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The gateway-vs-direct results: latency at one connection and throughput at 16, each over all measured rounds,
 * with the difference, the ratio, its spread over the rounds, and the goal.
 */
final class GatewayOverheadReport {

    static final double MAX_ADDED_MILLIS = 1.0;
    static final double MIN_THROUGHPUT_RATIO = 0.85;

    private GatewayOverheadReport() {
    }

    /** Mean latency over all rounds: the connections' time over all requests. */
    static double meanMillis(List<WrkLoad.Totals> rounds) {
        double connectionMicros = rounds.stream()
                .mapToDouble(round -> (double) round.connections() * round.durationMicros()).sum();
        return connectionMicros / rounds.stream().mapToLong(WrkLoad.Totals::requests).sum() / 1000;
    }

    /** All requests over all rounds' time. */
    static double requestsPerSecond(List<WrkLoad.Totals> rounds) {
        return rounds.stream().mapToLong(WrkLoad.Totals::requests).sum() * 1_000_000.0
                / rounds.stream().mapToLong(WrkLoad.Totals::durationMicros).sum();
    }

    static void print(PrintStream out, Map<Integer, List<WrkLoad.Totals>> gateway,
            Map<Integer, List<WrkLoad.Totals>> direct) {
        List<WrkLoad.Totals> gatewaySerial = gateway.get(1);
        List<WrkLoad.Totals> directSerial = direct.get(1);
        List<WrkLoad.Totals> gatewayParallel = gateway.get(16);
        List<WrkLoad.Totals> directParallel = direct.get(16);
        double gatewayMillis = meanMillis(gatewaySerial);
        double directMillis = meanMillis(directSerial);
        double gatewayRate = requestsPerSecond(gatewayParallel);
        double directRate = requestsPerSecond(directParallel);
        double[] addedPerRound = perRound(gatewaySerial, directSerial, WrkLoad.Totals::meanMillis, false);
        double[] ratioPerRound = perRound(gatewayParallel, directParallel, WrkLoad.Totals::requestsPerSecond, true);
        out.println();
        out.printf("%-22s %12s %12s %12s %8s   %s%n", "", "gateway", "direct", "difference", "ratio",
                "per round: median (min..max)");
        out.printf("%-22s %9.2f ms %9.2f ms %+9.2f ms %7.2fx   added %.2f (%.2f..%.2f) ms%n",
                "c=1 mean latency", gatewayMillis, directMillis, gatewayMillis - directMillis,
                gatewayMillis / directMillis, median(addedPerRound), min(addedPerRound), max(addedPerRound));
        out.printf("%-22s %6.0f req/s %6.0f req/s %+6.0f req/s %8.2f   ratio %.2f (%.2f..%.2f)%n",
                "c=16 throughput", gatewayRate, directRate, gatewayRate - directRate, gatewayRate / directRate,
                median(ratioPerRound), min(ratioPerRound), max(ratioPerRound));
        out.printf("%-22s %9.2f ms %9.2f ms %+9.2f ms %7.2fx%n", "c=16 mean latency", meanMillis(gatewayParallel),
                meanMillis(directParallel), meanMillis(gatewayParallel) - meanMillis(directParallel),
                meanMillis(gatewayParallel) / meanMillis(directParallel));
        out.println();
        out.printf("goal: at most %.1f ms added at c=1: %s; at least %.2f of direct throughput at c=16: %s%n",
                MAX_ADDED_MILLIS, gatewayMillis - directMillis <= MAX_ADDED_MILLIS ? "met" : "NOT met",
                MIN_THROUGHPUT_RATIO, gatewayRate / directRate >= MIN_THROUGHPUT_RATIO ? "met" : "NOT met");
    }

    /** The gateway's round against the direct round right after it: their difference, or their ratio. */
    static double[] perRound(List<WrkLoad.Totals> gateway, List<WrkLoad.Totals> direct,
            ToDoubleFunction<WrkLoad.Totals> value, boolean ratio) {
        return IntStream.range(0, Math.min(gateway.size(), direct.size())).mapToDouble(round -> {
            double measured = value.applyAsDouble(gateway.get(round));
            double baseline = value.applyAsDouble(direct.get(round));
            return ratio ? measured / baseline : measured - baseline;
        }).toArray();
    }

    /** The middle value; the mean of the two middle ones for an even count. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
