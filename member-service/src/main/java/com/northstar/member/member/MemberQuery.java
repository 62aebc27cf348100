package com.northstar.member.member;

import com.northstar.platform.core.paging.PageRequest;
import com.northstar.platform.core.paging.QueryText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of {@code memberQuery} in one place: members newest first, each filter an equality on an indexed
 * column. Without phone, name or vehicle the total is the sum of {@code member_total} (state and city select whole
 * tally rows), otherwise a count of the few matching rows.
 */
record MemberQuery(MemberState state, Integer cityId, String phone, String userName, String vehicleCode,
        PageRequest page, boolean withTotal) {

    static final int DEFAULT_PAGE_SIZE = 10;

    static MemberQuery of(MemberQueryRequest request) {
        return new MemberQuery(request.userState() == null ? null : MemberState.ofCode(request.userState()),
                request.cityId(), QueryText.text(request.phoneNo()), QueryText.text(request.userName()),
                QueryText.text(request.vehicleId()),
                PageRequest.of(request.pageNo(), request.pageSize(), DEFAULT_PAGE_SIZE),
                request.withTotal() == null || request.withTotal());
    }

    boolean totalIsTallied() {
        return phone == null && userName == null && vehicleCode == null;
    }

    /** The WHERE clause (starting with " WHERE 1 = 1") over {@code member m}. */
    String where() {
        return " WHERE 1 = 1" + (state == null ? "" : " AND m.state = :state")
                + (cityId == null ? "" : " AND m.city_id = :cityId")
                + (phone == null ? "" : " AND m.phone = :phone")
                + (userName == null ? "" : " AND m.user_name = :userName")
                + (vehicleCode == null ? "" : " AND m.vehicle_code = :vehicleCode");
    }

    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        if (state != null) {
            params.put("state", state.name());
        }
        if (cityId != null) {
            params.put("cityId", cityId);
        }
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
