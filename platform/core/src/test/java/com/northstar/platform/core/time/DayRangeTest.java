package com.northstar.platform.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.platform.core.error.ApiException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {

    @Test
    void anInclusiveRangeListsEveryDayInOrder() {
        DayRange range = DayRange.of("2026-02-27", " 2026-03-01 ", 92);
        assertThat(range.days()).containsExactly(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 3, 1));
    }

    @Test
    void theLongestRangeAllowedIsMaxDaysAndOneMoreIsABadRequest() {
        assertThat(DayRange.of("2026-01-01", "2026-04-02", 92).days()).hasSize(92);
        assertBadRequest(() -> DayRange.of("2026-01-01", "2026-04-03", 92), "from..to may span at most 92 days");
    }

    @Test
    void aMissingMalformedOrReversedDayIsABadRequestNamingTheField() {
        assertBadRequest(() -> DayRange.of(null, "2026-01-01", 92), "missing required field from (yyyy-MM-dd)");
        assertBadRequest(() -> DayRange.of("2026-01-01", " ", 92), "missing required field to (yyyy-MM-dd)");
        assertBadRequest(() -> DayRange.of("2026/01/01", "2026-01-02", 92), "field from must be a date yyyy-MM-dd");
        assertBadRequest(() -> DayRange.of("2026-01-02", "2026-01-01", 92), "field to must not be before from");
    }

    private static void assertBadRequest(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
