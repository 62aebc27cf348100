package com.northstar.bench;

import java.util.Arrays;

/** The measured response times of one query case, in nanoseconds, and their percentiles. */
final class Latencies {

    private long[] samples = new long[32];
    private int count;

    void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.samples[i]);
        }
    }

    int count() {
        return count;
    }

    /**
     * The nearest-rank percentile: the smallest sample that at least {@code percent}% of the samples do not exceed.
     */
    double percentileMillis(double percent) {
        if (count == 0) {
            throw new IllegalStateException("no samples measured");
        }
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[rank - 1] / 1_000_000.0;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p95() {
        return percentileMillis(95);
    }
}
