package com.northstar.deposit.deposit;

/**
 * Where a member's deposit stands, and every move between the states:
 *
 * <pre>
 * HELD ──the user applies──▶ REFUNDING ──payout succeeded──▶ REFUNDED (final)
 *   ▲                            │
 *   └──────payout failed─────────┘  (the user may apply again)
 * </pre>
 */
public enum DepositState {

    /** Paid and kept; no refund is open. */
    HELD,
    /** A refund application is open (awaiting the merchant or being paid out). */
    REFUNDING,
    /** Paid back; nothing more can happen to it. */
    REFUNDED;

    public boolean mayMoveTo(DepositState next) {
        return switch (this) {
            case HELD -> next == REFUNDING;
            case REFUNDING -> next == HELD || next == REFUNDED;
            case REFUNDED -> false;
        };
    }
}
