package com.northstar.storedvalue.card;

import java.math.BigDecimal;

/** One change of a card's money or points, as its ledger line records it. */
public record CardChange(LedgerKind kind, BigDecimal actualDelta, BigDecimal giveDelta, int pointsDelta) {

    /** This money change with the points that go with it (a payment's earned points), as one ledger line. */
    public CardChange withPointsOf(CardChange points) {
        return new CardChange(kind, actualDelta, giveDelta, pointsDelta + points.pointsDelta());
    }
}
