package com.northstar.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static Latencies ofMillis(long... millis) {
        Latencies latencies = new Latencies();
        for (long value : millis) {
            latencies.add(value * 1_000_000);
        }
        return latencies;
    }

    @Test
    void percentilesAreNearestRankOverTheSortedSamples() {
        Latencies latencies = new Latencies();
        for (long millis = 100; millis >= 1; millis--) {
            latencies.add(millis * 1_000_000);
        }

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.p50()).isEqualTo(50.0);
        assertThat(latencies.p95()).isEqualTo(95.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    }

    @Test
    void aSmallSampleRoundsTheRankUp() {
        Latencies latencies = ofMillis(40, 10, 30, 20);

        assertThat(latencies.p50()).isEqualTo(20.0);
        assertThat(latencies.p95()).isEqualTo(40.0);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Latencies latencies = new Latencies();
        latencies.add(2_500_000);

        assertThat(latencies.p50()).isEqualTo(2.5);
        assertThat(latencies.p95()).isEqualTo(2.5);
    }

    @Test
    void noSampleHasNoPercentile() {
        assertThatThrownBy(() -> new Latencies().p50()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ofMillis(1).percentileMillis(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
