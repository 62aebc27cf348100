package com.northstar.member.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every (action, state) pair of the transition table: the allowed ones lead where the README says, all others are
 * refused.
 */
class MemberActionTest {

    /** The README's table, written out independently of the enum. */
    private static final Map<MemberAction, Map<MemberState, MemberState>> ALLOWED = Map.of(
            MemberAction.APPROVE, Map.of(MemberState.NEW, MemberState.IN_USE),
            MemberAction.REJECT, Map.of(MemberState.NEW, MemberState.CANCELLED),
            MemberAction.FREEZE, Map.of(MemberState.IN_USE, MemberState.FROZEN),
            MemberAction.BAN, Map.of(MemberState.NEW, MemberState.BANNED, MemberState.IN_USE, MemberState.BANNED,
                    MemberState.FROZEN, MemberState.BANNED, MemberState.OVERDUE, MemberState.BANNED),
            MemberAction.UNFREEZE, Map.of(MemberState.FROZEN, MemberState.IN_USE),
            MemberAction.UNBAN, Map.of(MemberState.BANNED, MemberState.IN_USE),
            MemberAction.OVERDUE_RENTAL, Map.of(MemberState.IN_USE, MemberState.OVERDUE),
            MemberAction.REFUND, Map.of(MemberState.IN_USE, MemberState.REFUNDED, MemberState.OVERDUE,
                    MemberState.REFUNDED));

    @Test
    void everyActionLeadsFromEachStateExactlyWhereTheTableSays() {
        for (MemberAction action : MemberAction.values()) {
            for (MemberState state : MemberState.values()) {
                assertThat(action.apply(state)).as(action + " from " + state)
                        .isEqualTo(Optional.ofNullable(ALLOWED.get(action).get(state)));
            }
        }
    }

    @Test
    void refundedAndCancelledMembersAreFinal() {
        for (MemberAction action : MemberAction.values()) {
            assertThat(action.apply(MemberState.REFUNDED)).as(action.name()).isEmpty();
            assertThat(action.apply(MemberState.CANCELLED)).as(action.name()).isEmpty();
        }
    }

    @Test
    void theStatsKeysAndCodesAreTheSeeds() {
        assertThat(MemberState.values()).extracting(MemberState::statsKey).containsExactly("newMemberSum",
                "useMemberSum", "frozenMemberSum", "blockadeMemberSum", "overdueMemberSum", "refundMemberSum",
                "canceledMemberSum");
        assertThat(MemberState.values()).extracting(MemberState::code).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }
}
