package com.northstar.deposit.refund;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Body of {@code depositRefundQuery} (2.2.22): the page (the seed's only parameters), and two optional filters a
 * back office needs to find the applications awaiting it or one member's.
 *
 * @param withTotal false skips the count and leaves {@code total} out (catalog)
 */
record RefundQueryRequest(Integer pageNo, @JsonAlias("pageSzie") Integer pageSize, @Min(0) @Max(3) Integer status,
        String phoneNo, Boolean withTotal) {

    static final RefundQueryRequest FIRST_PAGE = new RefundQueryRequest(null, null, null, null, null);
}
