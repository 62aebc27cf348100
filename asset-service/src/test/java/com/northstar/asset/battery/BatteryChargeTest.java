package com.northstar.asset.battery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** assetBatteryQuery's estimates: linear charging in a cabinet slot, range in proportion to the charge. */
class BatteryChargeTest {

    private static final BatteryModel MODEL = new BatteryModel("48V20Ah", 60, 240);
    private static final LocalDateTime READ = LocalDateTime.of(2026, 3, 1, 10, 0);

    @Test
    void aBatteryInACabinetIsFullAfterItsShareOfTheModelsChargingTimeRoundedUpToAMinute() {
        assertThat(new BatteryCharge(40, READ, true, MODEL).fullAt()).isEqualTo(READ.plusMinutes(144));
        assertThat(new BatteryCharge(99, READ, true, MODEL).fullAt()).as("2.4 minutes").isEqualTo(READ.plusMinutes(3));
        assertThat(new BatteryCharge(0, READ, true, MODEL).fullAt()).isEqualTo(READ.plusMinutes(240));
    }

    @Test
    void aBatteryReadFullWasFullWhenRead() {
        assertThat(new BatteryCharge(100, READ, true, MODEL).fullAt()).isEqualTo(READ);
    }

    @Test
    void aBatteryOutsideACabinetIsNotChargingAndHasNoFullTime() {
        assertThat(new BatteryCharge(40, READ, false, MODEL).fullAt()).isNull();
    }

    @Test
    void theRangeIsTheChargesShareOfTheModelsFullRangeRoundedDown() {
        assertThat(new BatteryCharge(40, READ, false, MODEL).rangeKm()).isEqualTo(24);
        assertThat(new BatteryCharge(99, READ, true, MODEL).rangeKm()).as("59.4 km").isEqualTo(59);
        assertThat(new BatteryCharge(100, READ, true, MODEL).rangeKm()).isEqualTo(60);
    }

    @Test
    void withoutAReadingOrAKnownModelThereIsNoEstimate() {
        assertThat(new BatteryCharge(null, null, true, MODEL).fullAt()).isNull();
        assertThat(new BatteryCharge(null, null, true, MODEL).rangeKm()).isNull();
        assertThat(new BatteryCharge(40, READ, true, null).fullAt()).isNull();
        assertThat(new BatteryCharge(40, READ, true, null).rangeKm()).isNull();
    }
}
