package com.northstar.platform.core.time;

import com.northstar.platform.core.error.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/**
 * An inclusive range of calendar days a query asks for ({@code from=yyyy-MM-dd&to=yyyy-MM-dd}), at most a given
 * number of days long so that one answer stays small. Anything else is the caller's mistake: 400.
 */
public record DayRange(LocalDate first, LocalDate last) {

    /** 400 when either day is missing or not yyyy-MM-dd, when to is before from, or when it spans more than maxDays. */
    public static DayRange of(String from, String to, int maxDays) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw ApiException.badRequest("field to must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > maxDays) {
            throw ApiException.badRequest("from..to may span at most " + maxDays + " days");
        }
        return new DayRange(first, last);
    }

    /** Every day of the range, in order. */
    public Stream<LocalDate> days() {
        return first.datesUntil(last.plusDays(1));
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing required field " + field + " (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException notADate) {
            throw ApiException.badRequest("field " + field + " must be a date yyyy-MM-dd");
        }
    }
}
