package com.northstar.deposit.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every move of a deposit's state, allowed and refused, and what a move records. */
class DepositStateTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 5, 10, 0);

    @Test
    void onlyTheDocumentedMovesAreAllowed() {
        assertAllowedMoves(DepositState.HELD, EnumSet.of(DepositState.REFUNDING));
        assertAllowedMoves(DepositState.REFUNDING, EnumSet.of(DepositState.HELD, DepositState.REFUNDED));
        assertAllowedMoves(DepositState.REFUNDED, EnumSet.noneOf(DepositState.class));
    }

    @Test
    void aRefundKeepsItsTimeAndARefusedMoveChangesNothing() {
        Deposit deposit = new Deposit();
        deposit.setId(7L);
        deposit.setState(DepositState.REFUNDING);

        assertThat(deposit.moveTo(DepositState.REFUNDED, NOW)).isEqualTo(DepositState.REFUNDING);
        assertThat(deposit.getRefundedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> deposit.moveTo(DepositState.HELD, NOW.plusDays(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(deposit.getState()).isEqualTo(DepositState.REFUNDED);
    }

    @Test
    void onlyAReviewTermsDepositIsPaidOutByTheConfirmation() {
        assertThat(DepositSource.REVIEW_TERMS.paidOutOnConfirmation()).isTrue();
        assertThat(DepositSource.WEICHUANG_MIGRATION.paidOutOnConfirmation()).isFalse();
    }

    private static void assertAllowedMoves(DepositState from, Set<DepositState> allowed) {
        for (DepositState next : DepositState.values()) {
            assertThat(from.mayMoveTo(next)).as(from + " -> " + next).isEqualTo(allowed.contains(next));
        }
    }
}
