package com.northstar.partner.refund;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place money changes unit: the suite counts fen (long), Weichuang writes yuan strings with two decimals
 * ({@code "299.00"}, like its depositAmount). Exact both ways: no double ever touches an amount.
 */
final class RefundAmount {

    private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);

    private RefundAmount() {
    }

    /** 29900 -> "299.00". */
    static String yuan(long fen) {
        return BigDecimal.valueOf(fen).divide(FEN_PER_YUAN).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** "299.00" -> 29900; an amount with more than two decimals is no amount of money. */
    static long fen(String yuan) {
        return new BigDecimal(yuan).multiply(FEN_PER_YUAN).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }
}
