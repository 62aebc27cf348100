package com.northstar.storedvalue.settlement;

import com.northstar.storedvalue.card.LedgerKind;

/**
 * Which totals of a {@link DailySettlement} a ledger line counts in, and with which sign, so that the day's change
 * of stored value at the shop is exactly {@code recharge - expense - refund} (actual and bonus alike).
 */
enum SettlementColumn {

    /**
     * Stored value brought onto cards: recharges (#29), opening balances of imported or migrated cards, and a
     * replacement's (#35) transfer lines, whose out and in at the shop cancel out.
     */
    RECHARGE(1),
    /** Stored value spent: payments (#23) net of their reversals (#24). */
    EXPENSE(-1),
    /** Stored value paid back or forfeited: recharge refunds (#31), balance refunds (#32) and card returns (#30). */
    REFUND(-1),
    /** Points only: no money moves. */
    NO_MONEY(0);

    private final int sign;

    SettlementColumn(int sign) {
        this.sign = sign;
    }

    int sign() {
        return sign;
    }

    static SettlementColumn of(LedgerKind kind) {
        return switch (kind) {
            case RECHARGE, OPEN, TRANSFER_IN, TRANSFER_OUT -> RECHARGE;
            case PAY, PAY_REVERSE -> EXPENSE;
            case RECHARGE_REFUND, BALANCE_REFUND, RETURN -> REFUND;
            case POINTS_EARN, POINTS_TAKE_BACK, POINTS_REDEEM, POINTS_EXPIRE -> NO_MONEY;
        };
    }
}
