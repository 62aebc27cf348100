package com.northstar.partner.call;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The dispatcher's and the call log's numbers ({@code partner.calls}, reasons in the config file). */
@Validated
@ConfigurationProperties("partner.calls")
record CallsProperties(@NotNull Duration pollInterval, @Positive int batchSize, @Positive int workers,
        @NotNull Duration claimLease, @NotNull Duration parkDelay, @NotNull Duration maxParkDelay,
        @NotNull Duration callLogRetention, @Positive int lastAttemptsShown) {

    /** The wait before the next round of a call that has had {@code attempts} rounds: doubling, capped. */
    Duration parkDelayAfter(int attempts) {
        Duration delay = parkDelay;
        for (int round = 1; round < attempts && delay.compareTo(maxParkDelay) < 0; round++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxParkDelay) > 0 ? maxParkDelay : delay;
    }
}
