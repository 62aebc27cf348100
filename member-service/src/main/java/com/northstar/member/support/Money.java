package com.northstar.member.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money of seed 000: fen (long) inside, yuan strings like {@code "299.00"} where Weichuang or the seed uses them. */
public final class Money {

    private Money() {
    }

    /** {@code "299.00"} -> 29900; a fraction of a fen is no amount Weichuang can have (ArithmeticException). */
    public static long fen(String yuan) {
        return new BigDecimal(yuan.trim()).movePointRight(2).longValueExact();
    }

    /** 29900 -> {@code "299.00"}. */
    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
