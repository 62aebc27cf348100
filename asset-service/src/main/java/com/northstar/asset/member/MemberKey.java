package com.northstar.asset.member;

import com.northstar.platform.core.error.ApiException;

/** How member-service names the member: its user id, or its phone number; exactly one of them. */
record MemberKey(String column, String value) {

    static MemberKey of(String userId, String phoneNo) {
        boolean byUser = userId != null && !userId.isBlank();
        boolean byPhone = phoneNo != null && !phoneNo.isBlank();
        if (byUser == byPhone) {
            throw ApiException.badRequest("give exactly one of userId and phoneNo");
        }
        return byUser ? new MemberKey("user_id", userId.trim()) : new MemberKey("user_phone", phoneNo.trim());
    }
}
