package com.northstar.storedvalue.member;

import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.QueryText;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A member's own data (never money): what #19 opens a member with, #20 changes, #38 reads from a file row and #40
 * copies. Checked on the way in; a missing field is null (#20: left as it is).
 */
public record MemberProfile(String name, Integer sex, LocalDateTime birthday, String phone, String idCard,
        String address, Long memberLevelId, List<Long> memberTagIds) {

    public MemberProfile {
        name = QueryText.text(name);
        phone = QueryText.text(phone);
        idCard = QueryText.text(idCard);
        address = QueryText.text(address);
        requireLength("name", name, 64);
        requireLength("idCard", idCard, 32);
        requireLength("address", address, 255);
        if (phone != null && !phone.matches("\\d{11}")) {
            throw ApiException.badRequest("field phone must be 11 digits");
        }
        if (memberTagIds != null) {
            memberTagIds = memberTagIds.stream().distinct().toList();
            if (memberTagIds.size() > QueryText.MAX_LIST_SIZE || memberTagIds.contains(null)) {
                throw ApiException.badRequest("field memberTagIds must list tag ids");
            }
        }
    }

    /** The profile of a new member: a name is required. */
    public MemberProfile requireName() {
        if (name == null) {
            throw ApiException.badRequest("missing required field name");
        }
        return this;
    }

    private static void requireLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.badRequest("field " + field + " is longer than " + max + " characters");
        }
    }
}
