package com.northstar.storedvalue.refund;

/** Which operation paid money back. */
enum RefundKind {
    /** #31: one recharge and its bonus. */
    RECHARGE,
    /** #32: stored value along the recharges' payment split. */
    BALANCE,
    /** #30: a returned card's actual balance. */
    RETURN
}
