package com.northstar.deposit.refund;

/** What {@code depositRefundConfirm} did; both answer {@code success: true}. */
enum ConfirmOutcome {
    /** The application was awaiting the merchant and is confirmed now. */
    CONFIRMED,
    /** It was confirmed before: nothing changed, nothing was published. */
    ALREADY_CONFIRMED
}
