package com.northstar.swaporder.order;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.error.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules of {@code swapOrderDailyCounts}: an inclusive range of at most {@link #MAX_DAYS} days, and the same
 * MERCHANT scoping as {@link SwapOrderQuery} (an order counts for a merchant caller when its merchant or its
 * cabinet's owner is one of the token's merchants).
 *
 * @param visibleMerchants null for a caller that sees everything
 */
record DailyCountsQuery(LocalDate from, LocalDate to, Set<String> visibleMerchants) {

    /** About a quarter: enough for the back offices' charts, small enough that one statement stays cheap. */
    static final int MAX_DAYS = 92;

    static DailyCountsQuery of(String from, String to, Caller caller) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first.isAfter(last)) {
            throw ApiException.badRequest("from must not be after to");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw ApiException.badRequest("from..to may span at most " + MAX_DAYS + " days");
        }
        Set<String> visibleMerchants = caller.isMerchantScoped() ? Set.copyOf(caller.merchantIds()) : null;
        return new DailyCountsQuery(first, last, visibleMerchants);
    }

    /** Every day of the range, in order. */
    Stream<LocalDate> days() {
        return from.datesUntil(to.plusDays(1));
    }

    /** Whether no order can count, so the database need not be asked (a merchant token naming no merchant). */
    boolean matchesNothing() {
        return visibleMerchants != null && visibleMerchants.isEmpty();
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("field " + field + " is required (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("field " + field + " must be a date yyyy-MM-dd");
        }
    }
}
