package com.northstar.member.member;

import com.northstar.platform.core.error.ApiException;
import java.util.Arrays;

/**
 * A member's state: the keys of memberStats (seed 2.2.18) and memberQuery's {@code userState} / {@code stateStr}.
 * What moves a member from one state to another is {@link MemberAction}'s table.
 */
public enum MemberState {

    NEW(0, "新会员", "newMemberSum"),
    IN_USE(1, "使用中", "useMemberSum"),
    FROZEN(2, "已冻结", "frozenMemberSum"),
    BANNED(3, "已封号", "blockadeMemberSum"),
    OVERDUE(4, "已逾期", "overdueMemberSum"),
    REFUNDED(5, "已退款", "refundMemberSum"),
    CANCELLED(6, "已注销", "canceledMemberSum");

    private final int code;
    private final String text;
    private final String statsKey;

    MemberState(int code, String text, String statsKey) {
        this.code = code;
        this.text = text;
        this.statsKey = statsKey;
    }

    /** memberQuery's {@code userState}. */
    public int code() {
        return code;
    }

    /** memberQuery's {@code stateStr}. */
    public String text() {
        return text;
    }

    /** This state's key in memberStats' maps. */
    public String statsKey() {
        return statsKey;
    }

    static MemberState ofCode(int code) {
        return Arrays.stream(values()).filter(state -> state.code == code).findFirst()
                .orElseThrow(() -> ApiException.badRequest("userState must be one of 0-6 (" + codes() + ")"));
    }

    private static String codes() {
        return String.join(", ", Arrays.stream(values()).map(state -> state.code + " " + state.name()).toList());
    }
}
