package com.northstar.swaporder.order;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.time.DayRange;
import java.time.LocalDate;
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
        DayRange range = DayRange.of(from, to, MAX_DAYS);
        Set<String> visibleMerchants = caller.isMerchantScoped() ? Set.copyOf(caller.merchantIds()) : null;
        return new DailyCountsQuery(range.first(), range.last(), visibleMerchants);
    }

    /** Every day of the range, in order. */
    Stream<LocalDate> days() {
        return new DayRange(from, to).days();
    }

    /** Whether no order can count, so the database need not be asked (a merchant token naming no merchant). */
    boolean matchesNothing() {
        return visibleMerchants != null && visibleMerchants.isEmpty();
    }
}
