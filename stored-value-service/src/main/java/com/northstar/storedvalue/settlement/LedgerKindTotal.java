package com.northstar.storedvalue.settlement;

import com.northstar.storedvalue.card.LedgerKind;
import java.math.BigDecimal;

/** The sums of one kind of ledger line of a shop's business day. */
public class LedgerKindTotal {

    private LedgerKind kind;
    private BigDecimal actual;
    private BigDecimal give;
    private int lineCount;

    public LedgerKind getKind() { return kind; }
    public void setKind(LedgerKind kind) { this.kind = kind; }
    public BigDecimal getActual() { return actual; }
    public void setActual(BigDecimal actual) { this.actual = actual; }
    public BigDecimal getGive() { return give; }
    public void setGive(BigDecimal give) { this.give = give; }
    public int getLineCount() { return lineCount; }
    public void setLineCount(int lineCount) { this.lineCount = lineCount; }
}
