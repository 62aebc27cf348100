package com.northstar.partner.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallsPropertiesTest {

    private final CallsProperties properties = new CallsProperties(Duration.ofSeconds(1), 100, 8,
            Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofDays(30), 5);

    @Test
    void aParkedCallWaitsTwiceAsLongAfterEachRoundUpToTheCap() {
        assertThat(properties.parkDelayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.parkDelayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.parkDelayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.parkDelayAfter(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.parkDelayAfter(10_000)).isEqualTo(Duration.ofMinutes(30));
    }
}
