package com.northstar.member.member;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.paging.PageRequest;
import com.northstar.platform.core.paging.QueryText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rules of {@code memberStoreQuery} in one place: the stores' members newest first. The stores are the body's
 * {@code merchantIds}; a MERCHANT-scoped caller gets only those its token also names (another merchant's code
 * matches nothing and says nothing about whether it exists).
 */
record StoreMemberQuery(Set<String> merchantCodes, String phone, String userName, String vehicleCode,
        PageRequest page, boolean withTotal) {

    static final int DEFAULT_PAGE_SIZE = 10;

    static StoreMemberQuery of(StoreMemberQueryRequest request, Caller caller) {
        return new StoreMemberQuery(QueryText.visibleMerchants(QueryText.codes("merchantIds",
                request.merchantIds()), caller), QueryText.text(request.phoneNo()),
                QueryText.text(request.userName()), QueryText.text(request.vehicleId()),
                PageRequest.of(request.pageNo(), request.pageSize(), DEFAULT_PAGE_SIZE),
                request.withTotal() == null || request.withTotal());
    }

    /** Stores alone select the members: the total is their sum in {@code member_total}. */
    boolean totalIsTallied() {
        return phone == null && userName == null && vehicleCode == null;
    }

    String where() {
        return " WHERE m.merchant_code IN (:codes)" + (phone == null ? "" : " AND m.phone = :phone")
                + (userName == null ? "" : " AND m.user_name = :userName")
                + (vehicleCode == null ? "" : " AND m.vehicle_code = :vehicleCode");
    }

    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("codes", merchantCodes);
        if (phone != null) {
            params.put("phone", phone);
        }
        if (userName != null) {
            params.put("userName", userName);
        }
        if (vehicleCode != null) {
            params.put("vehicleCode", vehicleCode);
        }
        return params;
    }
}
