package com.northstar.parking.order;

/**
 * A card's {@code state}: TIMED_OUT (-1) a first purchase that was never paid, NEW (0), VALID (1), RENEWING (2) while
 * an order of it is open. Opening an order makes it RENEWING; closing that order (paid, timed out, rejected) makes
 * it {@link #afterOrderClosed}.
 */
public enum CardState {

    TIMED_OUT("-1"),
    NEW("0"),
    VALID("1"),
    RENEWING("2");

    private final String code;

    CardState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A paid card is valid again; a never-paid one is new, or timed out when its purchase timed out. */
    public static CardState afterOrderClosed(boolean cardPaid, boolean timedOut) {
        return cardPaid ? VALID : timedOut ? TIMED_OUT : NEW;
    }
}
