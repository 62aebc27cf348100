package com.northstar.parking.support;

import com.northstar.platform.core.time.WireDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * The service's "now" in Asia/Shanghai, to the second (what DATETIME keeps), from the {@link Clock} bean, so that
 * tests move time (the order timeout, the SMS limits) by replacing that bean.
 */
@Component
public class ParkingClock {

    private final Clock clock;

    ParkingClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(WireDates.ZONE)).truncatedTo(ChronoUnit.SECONDS);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }
}
