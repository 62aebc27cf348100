package com.northstar.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayOverheadReportTest {

    @Test
    void meanLatencyIsTheConnectionsTimeOverAllRequestsOfAllRounds() {
        // One connection: 500 requests in 1 s (2 ms each), then 250 in 1 s (4 ms each): 2 s for 750 requests.
        List<WrkLoad.Totals> rounds = List.of(new WrkLoad.Totals(1, 500, 1_000_000),
                new WrkLoad.Totals(1, 250, 1_000_000));

        assertThat(GatewayOverheadReport.meanMillis(rounds)).isCloseTo(2000.0 / 750, within(1e-9));
    }

    @Test
    void meanLatencyCountsEveryConnectionsTime() {
        // 16 connections answering 800 requests a second: each request takes 20 ms (Little's law).
        List<WrkLoad.Totals> rounds = List.of(new WrkLoad.Totals(16, 2_400, 3_000_000));

        assertThat(GatewayOverheadReport.meanMillis(rounds)).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void throughputIsAllRequestsOverAllRoundsTime() {
        List<WrkLoad.Totals> rounds = List.of(new WrkLoad.Totals(16, 3_000, 3_000_000),
                new WrkLoad.Totals(16, 1_500, 3_000_000));

        assertThat(GatewayOverheadReport.requestsPerSecond(rounds)).isCloseTo(750.0, within(1e-9));
    }

    @Test
    void perRoundComparisonPairsEachGatewayRoundWithTheDirectRoundAfterIt() {
        List<WrkLoad.Totals> gateway = List.of(new WrkLoad.Totals(16, 1_800, 3_000_000),
                new WrkLoad.Totals(16, 2_100, 3_000_000));
        List<WrkLoad.Totals> direct = List.of(new WrkLoad.Totals(16, 2_400, 3_000_000),
                new WrkLoad.Totals(16, 2_400, 3_000_000));

        assertThat(GatewayOverheadReport.perRound(gateway, direct, WrkLoad.Totals::requestsPerSecond, true))
                .containsExactly(new double[] { 0.75, 0.875 }, within(1e-9));
        assertThat(GatewayOverheadReport.perRound(gateway, direct, WrkLoad.Totals::meanMillis, false))
                .containsExactly(new double[] { 80.0 / 3 - 20, 160.0 / 7 - 20 }, within(1e-9));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(GatewayOverheadReport.median(new double[] { 4, 1, 3, 2 })).isEqualTo(2.5);
        assertThat(GatewayOverheadReport.median(new double[] { 5, 1, 3 })).isEqualTo(3.0);
    }
}
