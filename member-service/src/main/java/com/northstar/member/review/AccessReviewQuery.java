package com.northstar.member.review;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.paging.PageRequest;
import com.northstar.platform.core.paging.QueryText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rules of {@code memberAccessReviewQuery} in one place: reviews of one state, newest first; a MERCHANT-scoped
 * caller sees only its token's merchants' reviews (merchantCodes not null), everyone else all.
 */
record AccessReviewQuery(Set<String> merchantCodes, int state, String userName, PageRequest page,
        boolean withTotal) {

    static final int DEFAULT_PAGE_SIZE = 10;

    static AccessReviewQuery of(AccessReviewQueryRequest request, Caller caller) {
        return new AccessReviewQuery(QueryText.visibleMerchants(null, caller), request.state(),
                QueryText.text(request.userName()),
                PageRequest.of(request.pageNo(), request.pageSize(), DEFAULT_PAGE_SIZE),
                request.withTotal() == null || request.withTotal());
    }

    boolean matchesNothing() {
        return merchantCodes != null && merchantCodes.isEmpty();
    }

    String where() {
        return " WHERE r.state = :state" + (merchantCodes == null ? "" : " AND r.merchant_code IN (:codes)")
                + (userName == null ? "" : " AND r.user_name = :userName");
    }

    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("state", state);
        if (merchantCodes != null) {
            params.put("codes", merchantCodes);
        }
        if (userName != null) {
            params.put("userName", userName);
        }
        return params;
    }
}
