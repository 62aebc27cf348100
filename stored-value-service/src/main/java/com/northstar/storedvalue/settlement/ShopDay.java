package com.northstar.storedvalue.settlement;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Where a shop's business day stands, as its locked gate slots say (a settlement writes all slots together, so
 * they agree), and what a settlement may do with it.
 */
record ShopDay(long shopId, LocalDate businessDay, LocalDateTime settlingSince) {

    static ShopDay of(long shopId, List<ShopGate> slots) {
        if (slots.isEmpty()) {
            throw new IllegalStateException("shop " + shopId + " has no business day gate");
        }
        ShopGate first = slots.get(0);
        for (ShopGate slot : slots) {
            if (!slot.getBusinessDay().equals(first.getBusinessDay())
                    || !Objects.equals(slot.getSettlingSince(), first.getSettlingSince())) {
                throw new IllegalStateException("the gate slots of shop " + shopId + " disagree");
            }
        }
        return new ShopDay(shopId, first.getBusinessDay(), first.getSettlingSince());
    }

    /**
     * The standing at {@code now}: a settlement mark older than {@code staleAfter} was left by an instance that
     * died while settling; a business day after {@code today} means today's day is settled already.
     */
    Standing standing(LocalDateTime now, Duration staleAfter, LocalDate today) {
        if (settlingSince != null) {
            return settlingSince.plus(staleAfter).isAfter(now) ? Standing.SETTLING : Standing.ABANDONED;
        }
        return businessDay.isAfter(today) ? Standing.SETTLED_FOR_TODAY : Standing.OPEN;
    }

    boolean isSettledBy(LocalDateTime since) {
        return since.equals(settlingSince);
    }

    enum Standing {
        /** Card business goes on; the day may be settled. */
        OPEN,
        /** Another settlement is summing the day (902). */
        SETTLING,
        /** A settlement started and its instance died: the next settlement takes it over. */
        ABANDONED,
        /** The day up to today is settled; the next one opens tomorrow (904). */
        SETTLED_FOR_TODAY;

        boolean maySettle() {
            return this == OPEN || this == ABANDONED;
        }
    }
}
