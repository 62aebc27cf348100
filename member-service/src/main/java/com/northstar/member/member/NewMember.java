package com.northstar.member.member;

/** A member as a migration registers it, from Weichuang's user (seed 1.2.5, 2.2.14's fields). */
public record NewMember(String phone, String userId, String userName, String merchantCode, String idCardState,
        String inviter, String shareCode, String sex, String birthday) {
}
