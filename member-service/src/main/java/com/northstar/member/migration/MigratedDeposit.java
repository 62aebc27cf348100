package com.northstar.member.migration;

import com.northstar.member.support.Money;

/**
 * The deposit a migrated member brings, as {@code member.migration-completed} carries it: Weichuang's when it had
 * one ({@link #WEICHUANG_MIGRATION}), else the approval's deposit terms when above 0 ({@link #REVIEW_TERMS}), else
 * none.
 *
 * @param amount fen
 * @param paidAt {@code yyyy-MM-dd HH:mm:ss}
 */
record MigratedDeposit(long amount, String depositType, String paidAt, String source) {

    static final String WEICHUANG_MIGRATION = "WEICHUANG_MIGRATION";
    static final String REVIEW_TERMS = "REVIEW_TERMS";
    static final String OFFLINE = "OFFLINE";

    /** The rule above; null when the user brings no deposit. */
    static MigratedDeposit of(PartnerClient.Deposit weichuang, Long reviewDeposit, String approvedAt) {
        if (weichuang != null && weichuang.depositAmount() != null && !weichuang.depositAmount().isBlank()) {
            long amount = Money.fen(weichuang.depositAmount());
            if (amount > 0) {
                return new MigratedDeposit(amount, weichuang.depositType(), weichuang.depositTime(),
                        WEICHUANG_MIGRATION);
            }
        }
        if (reviewDeposit != null && reviewDeposit > 0) {
            return new MigratedDeposit(reviewDeposit, OFFLINE, approvedAt, REVIEW_TERMS);
        }
        return null;
    }
}
