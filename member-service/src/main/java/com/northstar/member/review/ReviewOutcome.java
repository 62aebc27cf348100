package com.northstar.member.review;

/**
 * Where an access review stands. The seed's {@code state} is 0 for PENDING and 1 for the two decisions; a decision
 * is final: the same decision again changes nothing, the other one is a 409.
 */
enum ReviewOutcome {

    PENDING(0, "待确认"),
    APPROVED(1, "已通过"),
    REJECTED(1, "已驳回");

    private final int state;
    private final String text;

    ReviewOutcome(int state, String text) {
        this.state = state;
        this.text = text;
    }

    /** The seed's {@code state}: 0 pending, 1 done. */
    int state() {
        return state;
    }

    /** The seed's {@code stateStr}. */
    String text() {
        return text;
    }
}
