package com.northstar.storedvalue.card;

import java.math.BigDecimal;

/** One change of a card's money or points, as its ledger line records it. */
public record CardChange(LedgerKind kind, BigDecimal actualDelta, BigDecimal giveDelta, int pointsDelta) {
}
