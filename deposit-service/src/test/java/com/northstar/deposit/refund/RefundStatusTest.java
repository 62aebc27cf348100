package com.northstar.deposit.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.deposit.deposit.DepositSource;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every move of a refund application's status, allowed and refused, and the seed's wire codes. */
class RefundStatusTest {

    @Test
    void statusCodesAreTheSeeds() {
        assertThat(RefundStatus.AWAITING_MERCHANT.code()).isZero();
        assertThat(RefundStatus.REFUNDING.code()).isEqualTo(1);
        assertThat(RefundStatus.REFUNDED.code()).isEqualTo(2);
        assertThat(RefundStatus.FAILED.code()).isEqualTo(3);
        for (RefundStatus status : RefundStatus.values()) {
            assertThat(RefundStatus.ofCode(status.code())).isEqualTo(status);
        }
        assertThatThrownBy(() -> RefundStatus.ofCode(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheDocumentedMovesAreAllowed() {
        assertAllowedMoves(RefundStatus.AWAITING_MERCHANT, EnumSet.of(RefundStatus.REFUNDING, RefundStatus.REFUNDED));
        assertAllowedMoves(RefundStatus.REFUNDING, EnumSet.of(RefundStatus.REFUNDED, RefundStatus.FAILED));
        assertAllowedMoves(RefundStatus.REFUNDED, EnumSet.noneOf(RefundStatus.class));
        assertAllowedMoves(RefundStatus.FAILED, EnumSet.noneOf(RefundStatus.class));
    }

    @Test
    void awaitingAndRefundingAreOpenTheOthersFinal() {
        assertThat(RefundStatus.AWAITING_MERCHANT.isOpen()).isTrue();
        assertThat(RefundStatus.REFUNDING.isOpen()).isTrue();
        assertThat(RefundStatus.REFUNDED.isOpen()).isFalse();
        assertThat(RefundStatus.FAILED.isOpen()).isFalse();
    }

    @Test
    void confirmationStartsAWeichuangPayoutButIsItselfThePayoutOfAReviewTermsDeposit() {
        assertThat(RefundStatus.confirmedFor(DepositSource.WEICHUANG_MIGRATION)).isEqualTo(RefundStatus.REFUNDING);
        assertThat(RefundStatus.confirmedFor(DepositSource.REVIEW_TERMS)).isEqualTo(RefundStatus.REFUNDED);
    }

    private static void assertAllowedMoves(RefundStatus from, Set<RefundStatus> allowed) {
        for (RefundStatus next : RefundStatus.values()) {
            assertThat(from.mayMoveTo(next)).as(from + " -> " + next).isEqualTo(allowed.contains(next));
        }
    }
}
