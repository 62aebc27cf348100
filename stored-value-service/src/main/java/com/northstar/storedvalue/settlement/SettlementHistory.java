package com.northstar.storedvalue.settlement;

import com.northstar.platform.core.time.DayRange;
import com.northstar.storedvalue.tenancy.Till;
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
        DayRange range = DayRange.of(from, to, MAX_DAYS);
        return settlements.settledBetween(till.shopId(), range.first(), range.last()).stream()
                .map(DailySettlementView::of).toList();
    }
}
