package com.northstar.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AuthFailureBucketsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AuthFailureBuckets failures =
            new AuthFailureBuckets(new RateLimitProperties.AuthFailures(3, 0.5), nanos::get);
    private final InetAddress flooder = InetAddress.getLoopbackAddress();

    @Test
    void anAddressIsHeardUntilItsFailuresAreSpentThenRefusedUntilOneIsForgiven() {
        for (int i = 0; i < 3; i++) {
            assertThat(failures.secondsRefused(flooder)).isZero();
            failures.recordFailure(flooder);
        }

        assertThat(failures.secondsRefused(flooder)).isEqualTo(2);
        nanos.addAndGet(1_500_000_000L);
        assertThat(failures.secondsRefused(flooder)).isEqualTo(1);
        nanos.addAndGet(500_000_000L);
        assertThat(failures.secondsRefused(flooder)).isZero();
    }

    @Test
    void refusedRequestsDoNotDelayTheRefill() {
        for (int i = 0; i < 3; i++) {
            failures.recordFailure(flooder);
        }
        for (int i = 0; i < 100; i++) {
            failures.secondsRefused(flooder);
        }

        nanos.addAndGet(2_000_000_000L);
        assertThat(failures.secondsRefused(flooder)).isZero();
    }

    @Test
    void anAddressThatNeverFailedIsNotRefused() {
        assertThat(failures.secondsRefused(flooder)).isZero();
    }
}
