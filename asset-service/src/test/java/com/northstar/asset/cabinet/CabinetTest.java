package com.northstar.asset.cabinet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.platform.core.error.ApiException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** assetTankUpdate's rules of a location: what counts as a change, what is a valid coordinate. */
class CabinetTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 10, 0);

    @Test
    void relocatingToTheSameCoordinatesWrittenDifferentlyIsNoChange() {
        Cabinet cabinet = cabinet();

        assertThat(cabinet.relocate(new Location("39.90", "116.4000", "北京市海淀区1号"), NOW)).isFalse();
        assertThat(cabinet.getUpdatedAt()).isNull();
    }

    @Test
    void relocatingChangesCoordinatesOrAddress() {
        assertThat(cabinet().relocate(new Location("39.91", "116.4", "北京市海淀区1号"), NOW)).isTrue();
        assertThat(cabinet().relocate(new Location("39.9", "116.41", "北京市海淀区1号"), NOW)).isTrue();
        Cabinet cabinet = cabinet();
        assertThat(cabinet.relocate(new Location("39.9", "116.4", "北京市海淀区2号"), NOW)).isTrue();
        assertThat(cabinet.getAddress()).isEqualTo("北京市海淀区2号");
        assertThat(cabinet.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void aLocationNeedsDecimalCoordinatesOnTheGlobe() {
        assertThat(Location.of(new TankUpdateRequest("TK1", " -90 ", "180.0", " 地址 ")))
                .isEqualTo(new Location("-90", "180.0", "地址"));
        assertThatThrownBy(() -> Location.of(new TankUpdateRequest("TK1", "90.1", "1", "x")))
                .isInstanceOf(ApiException.class).hasMessage("field latitude must be between -90 and 90");
        assertThatThrownBy(() -> Location.of(new TankUpdateRequest("TK1", "1", "1e2x", "x")))
                .isInstanceOf(ApiException.class).hasMessage("field longitude must be a decimal number");
    }

    private static Cabinet cabinet() {
        Cabinet cabinet = new Cabinet();
        cabinet.setTankCode("TK1");
        cabinet.setLatitude("39.9");
        cabinet.setLongitude("116.4");
        cabinet.setAddress("北京市海淀区1号");
        return cabinet;
    }
}
