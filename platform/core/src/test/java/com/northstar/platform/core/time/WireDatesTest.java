package com.northstar.platform.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WireDatesTest {

    @Test
    void readsTheSeedFormat() {
        assertThat(WireDates.parse("2021-08-30 16:13:05", false)).isEqualTo(LocalDateTime.of(2021, 8, 30, 16, 13, 5));
    }

    @Test
    void aBareDateIsTheStartOfTheDayOrItsLastSecondAsTheEndOfARange() {
        assertThat(WireDates.parse("2021-08-30", false)).isEqualTo(LocalDateTime.of(2021, 8, 30, 0, 0, 0));
        assertThat(WireDates.parse("2021-08-30", true)).isEqualTo(LocalDateTime.of(2021, 8, 30, 23, 59, 59));
    }

    @Test
    void epochMillisecondsAreReadInShanghaiTime() {
        assertThat(WireDates.parse("1630311185000", false)).isEqualTo(LocalDateTime.of(2021, 8, 30, 16, 13, 5));
    }

    @Test
    void writesTheSeedFormat() {
        assertThat(WireDates.format(LocalDateTime.of(2021, 8, 30, 16, 13, 5, 999_000_000)))
                .isEqualTo("2021-08-30 16:13:05");
    }

    @Test
    void anythingElseIsRefusedNamingTheAcceptedForms() {
        assertThatIllegalArgumentException().isThrownBy(() -> WireDates.parse("30/08/2021", false))
                .withMessageContaining("yyyy-MM-dd HH:mm:ss");
    }
}
