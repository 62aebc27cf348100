package com.northstar.member.member;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Body of {@code memberQuery} (seed 2.2.19), every filter optional, plus the KOP page the seed omits.
 *
 * @param userState {@link MemberState#code()}
 * @param withTotal false skips the count and leaves {@code total} out (catalog)
 */
record MemberQueryRequest(Integer userState, Integer cityId, String phoneNo, String userName, String vehicleId,
        Integer pageNo, @JsonAlias("pageSzie") Integer pageSize, Boolean withTotal) {

    static final MemberQueryRequest EVERYTHING = new MemberQueryRequest(null, null, null, null, null, null, null,
            null);
}
