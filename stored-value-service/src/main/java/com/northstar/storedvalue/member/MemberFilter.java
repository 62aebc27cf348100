package com.northstar.storedvalue.member;

import java.time.LocalDateTime;

/**
 * Which members a list statement reads (null: no condition). The tenant is not one of them: the tenant line adds
 * it to every statement. {@code keyword} matches a phone or card number exactly and a name by its beginning
 * ({@code namePrefix}, LIKE-escaped).
 */
public record MemberFilter(Long memberId, Long cardId, String keyword, String namePrefix, Long memberLevelId,
        Long shopId, Integer status, Long cardClassId, LocalDateTime openedFrom, LocalDateTime openedBefore) {

    static MemberFilter byId(long memberId) {
        return new MemberFilter(memberId, null, null, null, null, null, null, null, null, null);
    }

    static MemberFilter byCard(long cardId) {
        return new MemberFilter(null, cardId, null, null, null, null, null, null, null, null);
    }

    static MemberFilter byClass(long cardClassId, Long shopId) {
        return new MemberFilter(null, null, null, null, null, shopId, null, cardClassId, null, null);
    }

    static MemberFilter byKeyword(String keyword) {
        return new MemberFilter(null, null, keyword, likePrefix(keyword), null, null, null, null, null, null);
    }

    static String likePrefix(String keyword) {
        return keyword == null ? null
                : keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
