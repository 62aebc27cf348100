package com.northstar.storedvalue.settlement;

import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.QueryText;
import com.northstar.storedvalue.tenancy.Till;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * svSettlementHistory: the settled days of the till's shop between two dates, oldest first. Only settled days are
 * listed (a day without a settlement has no totals yet); the tenant line scopes the statement to the caller's
 * tenant and the till names the shop, so no other shop's or tenant's days are ever read.
 */
@Service
class SettlementHistory {

    /** The widest range one call may ask for: a quarter, so an answer stays small. */
    static final int MAX_DAYS = 92;

    private final DailySettlementMapper settlements;

    SettlementHistory(DailySettlementMapper settlements) {
        this.settlements = settlements;
    }

    List<DailySettlementView> between(Till till, String from, String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw ApiException.badRequest("field to must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw ApiException.badRequest("from..to spans more than " + MAX_DAYS + " days");
        }
        return settlements.settledBetween(till.shopId(), first, last).stream().map(DailySettlementView::of).toList();
    }

    private static LocalDate day(String field, String value) {
        String text = QueryText.text(value);
        if (text == null) {
            throw ApiException.badRequest("missing required field " + field);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw ApiException.badRequest("field " + field + " must be a date yyyy-MM-dd");
        }
    }
}
