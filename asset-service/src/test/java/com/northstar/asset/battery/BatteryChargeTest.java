package com.northstar.asset.battery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** assetBatteryQuery's estimates: linear charging in a cabinet slot, range in proportion to the charge now. */
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
        assertThat(new BatteryCharge(40, READ, false, MODEL).rangeKmAt(READ)).isEqualTo(24);
        assertThat(new BatteryCharge(99, READ, true, MODEL).rangeKmAt(READ)).as("59.4 km").isEqualTo(59);
        assertThat(new BatteryCharge(100, READ, true, MODEL).rangeKmAt(READ)).isEqualTo(60);
    }

    @Test
    void aBatteryInACabinetGainsChargeLinearlySinceItWasReadUpToFull() {
        assertThat(new BatteryCharge(40, READ, true, MODEL).levelAt(READ.plusMinutes(60))).as("25 %/h").isEqualTo(65);
        assertThat(new BatteryCharge(40, READ, true, MODEL).rangeKmAt(READ.plusMinutes(60))).isEqualTo(39);
        assertThat(new BatteryCharge(40, READ, true, MODEL).levelAt(READ.plusMinutes(143))).isEqualTo(99);
        assertThat(new BatteryCharge(40, READ, true, MODEL).levelAt(READ.plusDays(3))).isEqualTo(100);
    }

    @Test
    void aBatteryOutsideACabinetKeepsTheLevelItWasReadAt() {
        assertThat(new BatteryCharge(40, READ, false, MODEL).levelAt(READ.plusDays(3))).isEqualTo(40);
        assertThat(new BatteryCharge(40, READ, false, MODEL).rangeKmAt(READ.plusDays(3))).isEqualTo(24);
    }

    @Test
    void withoutAReadingOrAKnownModelThereIsNoEstimate() {
        assertThat(new BatteryCharge(null, null, true, MODEL).fullAt()).isNull();
        assertThat(new BatteryCharge(null, null, true, MODEL).rangeKmAt(READ)).isNull();
        assertThat(new BatteryCharge(null, null, true, MODEL).levelAt(READ)).isNull();
        assertThat(new BatteryCharge(40, READ, true, null).fullAt()).isNull();
        assertThat(new BatteryCharge(40, READ, true, null).rangeKmAt(READ)).isNull();
        assertThat(new BatteryCharge(40, READ, true, null).levelAt(READ.plusDays(1))).as("no model: as read")
                .isEqualTo(40);
    }
}
