package com.northstar.deposit.deposit;

import java.time.LocalDateTime;

/**
 * What deposit-service reads of member-service's {@code member.migration-completed} ({@code MemberMigrationCompleted},
 * key phoneNo).
 *
 * @param deposit null when the member paid none (neither at Weichuang nor by the review's terms)
 */
record MigrationCompleted(String phoneNo, String userId, Long memberId, String merchantCode, String userName,
        PaidDeposit deposit) {

    /**
     * @param amount fen
     * @param paidAt {@code yyyy-MM-dd HH:mm:ss}
     */
    record PaidDeposit(Long amount, String depositType, LocalDateTime paidAt, DepositSource source) {
    }

    /** Whether the event names a member and a positive deposit with its source: what a deposit row needs. */
    boolean carriesDeposit() {
        return phoneNo != null && !phoneNo.isBlank() && userId != null && !userId.isBlank() && merchantCode != null
                && !merchantCode.isBlank() && deposit != null && deposit.amount() != null && deposit.amount() > 0
                && deposit.source() != null;
    }
}
