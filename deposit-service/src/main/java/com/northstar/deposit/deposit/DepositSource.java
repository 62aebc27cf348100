package com.northstar.deposit.deposit;

/** Where a deposit came from, as {@code member.migration-completed} names it. */
public enum DepositSource {

    /** Paid at Weichuang before the user moved: Weichuang pays it back ({@code wcDepositRefund}). */
    WEICHUANG_MIGRATION,
    /** None at Weichuang: the access review's deposit terms, paid to the merchant, who hands it back in person. */
    REVIEW_TERMS;

    /** Whether the merchant's confirmation is itself the payout (nobody else pays it back). */
    public boolean paidOutOnConfirmation() {
        return this == REVIEW_TERMS;
    }
}
