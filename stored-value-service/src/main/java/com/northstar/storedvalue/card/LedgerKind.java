package com.northstar.storedvalue.card;

/** What a ledger line records. Each card's balances and points are the sums of its lines' deltas. */
public enum LedgerKind {
    /** A card was opened (zero, or an import's or migration's opening balance). */
    OPEN,
    RECHARGE,
    /** #31: one recharge and its bonus taken back. */
    RECHARGE_REFUND,
    /** #32: stored value paid back along the recharges' payment split. */
    BALANCE_REFUND,
    /** #30: the actual balance paid back, the bonus forfeited. */
    RETURN,
    /** #23, with the points the payment earned on the same line. */
    PAY,
    /** #24: a payment given back in full, with its points taken back on the same line. */
    PAY_REVERSE,
    POINTS_EARN,
    POINTS_TAKE_BACK,
    POINTS_REDEEM,
    POINTS_EXPIRE,
    /** #35: the old card's balances and points leave it ... */
    TRANSFER_OUT,
    /** ... and arrive on the new card. */
    TRANSFER_IN
}
