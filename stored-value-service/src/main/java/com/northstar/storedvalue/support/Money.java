package com.northstar.storedvalue.support;

import com.northstar.platform.core.error.ApiException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts are yuan with two decimals, never doubles; what a till sends with more decimals is refused, not rounded. */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    /** {@code value} as a two-decimal amount; 400 when it has more than two decimals or is negative. */
    public static BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            throw ApiException.badRequest("missing required field " + field);
        }
        if (value.signum() < 0) {
            throw ApiException.badRequest("field " + field + " must not be negative");
        }
        try {
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreThanTwoDecimals) {
            throw ApiException.badRequest("field " + field + " has more than two decimals");
        }
    }

    /** Like {@link #amount} and also more than zero. */
    public static BigDecimal positive(String field, BigDecimal value) {
        BigDecimal amount = amount(field, value);
        if (amount.signum() == 0) {
            throw ApiException.badRequest("field " + field + " must be more than zero");
        }
        return amount;
    }

    /** An optional amount: zero when absent. */
    public static BigDecimal orZero(String field, BigDecimal value) {
        return value == null ? ZERO : amount(field, value);
    }

    /**
     * A request's {@code money}, the face value of what moves: absent, or {@code actual} alone or {@code actual + give};
     * 400 otherwise.
     */
    public static void requireFaceValue(BigDecimal money, BigDecimal actual, BigDecimal give) {
        if (money == null) {
            return;
        }
        BigDecimal stated = amount("money", money);
        if (stated.compareTo(actual) != 0 && stated.compareTo(actual.add(give)) != 0) {
            throw ApiException.badRequest("field money must be " + actual + " or " + actual.add(give)
                    + " (with the bonus)");
        }
    }

    public static BigDecimal scaled(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
