package com.northstar.member.member;

import static com.northstar.member.member.MemberState.BANNED;
import static com.northstar.member.member.MemberState.CANCELLED;
import static com.northstar.member.member.MemberState.FROZEN;
import static com.northstar.member.member.MemberState.IN_USE;
import static com.northstar.member.member.MemberState.NEW;
import static com.northstar.member.member.MemberState.OVERDUE;
import static com.northstar.member.member.MemberState.REFUNDED;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every move of a member's state, in one table: the states an action applies to and the state it leads to. Any
 * other (action, state) pair is refused (memberOperate: 409; an event: no change).
 *
 * <pre>
 * action     from                              to          by
 * APPROVE    NEW                               IN_USE      access review approved (a migration: when it completes)
 * REJECT     NEW                               CANCELLED   access review rejected
 * FREEZE     IN_USE                            FROZEN      memberOperate opType 1
 * BAN        NEW, IN_USE, FROZEN, OVERDUE      BANNED      memberOperate opType 2 (any live state)
 * UNFREEZE   FROZEN                            IN_USE      memberOperate opType 3
 * UNBAN      BANNED                            IN_USE      memberOperate opType 4
 * OVERDUE_RENTAL IN_USE                           OVERDUE     asset.rental-overdue of the member's vehicle
 * REFUND     IN_USE, OVERDUE                   REFUNDED    deposit.refund-completed SUCCESS
 * </pre>
 * REFUNDED and CANCELLED are final.
 */
public enum MemberAction {

    APPROVE(EnumSet.of(NEW), IN_USE),
    REJECT(EnumSet.of(NEW), CANCELLED),
    FREEZE(EnumSet.of(IN_USE), FROZEN),
    BAN(EnumSet.of(NEW, IN_USE, FROZEN, OVERDUE), BANNED),
    UNFREEZE(EnumSet.of(FROZEN), IN_USE),
    UNBAN(EnumSet.of(BANNED), IN_USE),
    OVERDUE_RENTAL(EnumSet.of(IN_USE), OVERDUE),
    REFUND(EnumSet.of(IN_USE, OVERDUE), REFUNDED);

    private final Set<MemberState> from;
    private final MemberState to;

    MemberAction(Set<MemberState> from, MemberState to) {
        this.from = from;
        this.to = to;
    }

    /** The state after this action, or empty when the action does not apply to {@code state}. */
    public Optional<MemberState> apply(MemberState state) {
        return from.contains(state) ? Optional.of(to) : Optional.empty();
    }
}
