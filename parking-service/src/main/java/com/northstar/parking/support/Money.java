package com.northstar.parking.support;

import java.math.BigDecimal;

/** Money is kept in fen (long) and shown in yuan with two decimals, as the seed's amounts ("0.01", 4.00). */
public final class Money {

    private Money() {
    }

    public static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** The yuan as the seed's String amounts write it: {@code "0.01"}. */
    public static String yuanText(long fen) {
        return yuan(fen).toPlainString();
    }
}
