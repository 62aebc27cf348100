package com.northstar.storedvalue.member;

import java.time.LocalDateTime;
import java.util.List;

/**
 * #19/#20 body: the seed's member example. Only the member's data and (#19) the card to open are read; balances,
 * points, totals and states it carries are the card's business and ignored.
 */
record MemberRequest(Long id, String cardCode, String cardMac, Long cardClassId, String name, Integer sex,
        LocalDateTime birthday, String phone, String idCard, String address, Long memberLevelId,
        List<Long> memberTagIds) {

    MemberProfile profile() {
        return new MemberProfile(name, sex, birthday, phone, idCard, address, memberLevelId, memberTagIds);
    }
}
