package com.northstar.member.review;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code memberAccessReviewQuery} (seed 2.2.9) plus the KOP page the seed omits.
 *
 * @param userName optional although the seed marks it required: a required name would make no list
 * @param state    0 pending, 1 done
 */
record AccessReviewQueryRequest(String userName, @NotNull @Min(0) @Max(1) Integer state, Integer pageNo,
        @JsonAlias("pageSzie") Integer pageSize, Boolean withTotal) {
}
