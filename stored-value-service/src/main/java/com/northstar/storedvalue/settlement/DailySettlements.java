package com.northstar.storedvalue.settlement;

import com.northstar.platform.core.time.WireDates;
import com.northstar.storedvalue.settlement.ShopDay.Standing;
import com.northstar.storedvalue.support.StoredValueStatus;
import com.northstar.storedvalue.tenancy.Till;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * #15 and #16: settling a shop's business day. Three short transactions, so the shop's tills wait only for the
 * summing, never for each other: (1) take every gate slot (the card commands in flight finish first) and mark the
 * day as being settled, after which card commands get 902; (2) sum the day's ledger into its
 * {@link DailySettlement} and open the next day; (3) only if (2) failed, lift the mark so business goes on in the
 * same day (903). A mark older than {@code stored-value.settlement.stale-after} belongs to an instance that died
 * between (1) and (2): the next settlement takes it over.
 */
@Service
class DailySettlements {

    private static final Logger log = LoggerFactory.getLogger(DailySettlements.class);

    private final ShopGateMapper gates;
    private final DailySettlementMapper settlements;
    private final BusinessDayGate gate;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration staleAfter;

    DailySettlements(ShopGateMapper gates, DailySettlementMapper settlements, BusinessDayGate gate,
            TransactionTemplate transactions, Clock clock,
            @Value("${stored-value.settlement.stale-after:5m}") Duration staleAfter) {
        this.gates = gates;
        this.settlements = settlements;
        this.gate = gate;
        this.transactions = transactions;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** #15: whether card business is allowed at the till's shop. */
    boolean isOpen(Till till) {
        return gate.isOpen(till.shopId());
    }

    /** #16: settles the till's shop's open business day. */
    List<SettlementAnswer> settle(Till till) {
        LocalDateTime since = now();
        Standing standing = transactions.execute(status -> markSettling(till.shopId(), since));
        if (!standing.maySettle()) {
            return SettlementAnswer.notSettled(standing == Standing.SETTLING
                    ? StoredValueStatus.SETTLING : StoredValueStatus.SETTLED);
        }
        try {
            transactions.executeWithoutResult(status -> sumAndOpenNextDay(till, since));
            return SettlementAnswer.SETTLED;
        } catch (RuntimeException failed) {
            log.error("settling shop {} failed; business goes on in the same day", till.shopId(), failed);
            transactions.executeWithoutResult(status -> gates.clearSettling(till.shopId(), since));
            return SettlementAnswer.notSettled(StoredValueStatus.SETTLEMENT_INTERRUPTED);
        }
    }

    /** Step 1: waits for the card commands in flight and marks the day as settled from {@code since}. */
    private Standing markSettling(long shopId, LocalDateTime since) {
        ShopDay day = ShopDay.of(shopId, gates.lockAll(shopId));
        Standing standing = day.standing(since, staleAfter, LocalDate.now(clock.withZone(WireDates.ZONE)));
        if (standing == Standing.ABANDONED) {
            log.warn("shop {}: taking over the settlement of {} abandoned since {}", shopId, day.businessDay(),
                    day.settlingSince());
        }
        if (standing.maySettle()) {
            gates.markSettling(shopId, since);
        }
        return standing;
    }

    /** Step 2: the day's totals, then the next day, unless another settlement took this one over meanwhile. */
    private void sumAndOpenNextDay(Till till, LocalDateTime since) {
        List<ShopGate> slots = gates.lockAll(till.shopId());
        ShopDay day = ShopDay.of(till.shopId(), slots);
        if (!day.isSettledBy(since)) {
            throw new IllegalStateException("the settlement started at " + since + " was taken over");
        }
        settlements.insert(DailySettlement.of(till.shopId(), day.businessDay(),
                settlements.ledgerTotals(till.shopId(), day.businessDay()), till.operator(), now()));
        if (gates.openNextDay(till.shopId(), since, day.businessDay().plusDays(1)) != slots.size()) {
            throw new IllegalStateException("shop " + till.shopId() + " gate moved while locked");
        }
    }

    /**
     * Whole seconds: the mark is compared with what the database gives back, whatever fraction it keeps. Seconds
     * tell settlements apart: a new one is marked only when none is, or when the last one is minutes stale.
     */
    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(WireDates.ZONE)).truncatedTo(ChronoUnit.SECONDS);
    }
}
