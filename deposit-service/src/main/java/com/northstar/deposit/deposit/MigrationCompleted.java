package com.northstar.deposit.deposit;

import com.northstar.platform.core.time.WireDates;
import java.time.DateTimeException;
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
     * @param paidAt {@code yyyy-MM-dd HH:mm:ss} as Weichuang or the review had it
     */
    record PaidDeposit(Long amount, String depositType, String paidAt, DepositSource source) {

        /**
         * When it was paid; null when the event does not say in a readable form. The deposit is recorded all the same:
         * the money is owed back whatever its date, and a dead-lettered event would leave it unrecorded.
         */
        LocalDateTime paidAtTime() {
            if (paidAt == null || paidAt.isBlank()) {
                return null;
            }
            try {
                return WireDates.parse(paidAt, false);
            } catch (IllegalArgumentException | DateTimeException unreadable) {
                return null;
            }
        }
    }

    /** Whether the event names a member and a positive deposit with its source: what a deposit row needs. */
    boolean carriesDeposit() {
        return phoneNo != null && !phoneNo.isBlank() && userId != null && !userId.isBlank() && merchantCode != null
                && !merchantCode.isBlank() && deposit != null && deposit.amount() != null && deposit.amount() > 0
                && deposit.source() != null;
    }
}
