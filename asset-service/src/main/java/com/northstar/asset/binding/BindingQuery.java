package com.northstar.asset.binding;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.platform.core.paging.PageRequest;
import com.northstar.platform.core.paging.QueryText;

/**
 * The rules of {@code assetBindingQuery} in one place: current bindings (a user's battery now; ended ones are
 * history), newest first, narrowed by user name and battery. Its callers (OPS, PARTNER) see every merchant. A battery
 * filter reads the battery's one current binding through its unique index.
 */
record BindingQuery(String userName, String batteryCode, PageRequest page, boolean withTotal) {

    static final int DEFAULT_PAGE_SIZE = 10;

    static BindingQuery of(BindingQueryRequest request) {
        return new BindingQuery(QueryText.text(request.userName()), QueryText.text(request.batteryCode()),
                PageRequest.of(request.pageNo(), request.pageSize(), DEFAULT_PAGE_SIZE),
                request.withTotal() == null || request.withTotal());
    }

    /** No filter: the total is every current binding, the sum in {@code merchant_asset_total}, not a count. */
    boolean totalIsEveryonesTotal() {
        return userName == null && batteryCode == null;
    }

    LambdaQueryWrapper<Binding> toWrapper() {
        LambdaQueryWrapper<Binding> wrapper = Wrappers.lambdaQuery(Binding.class);
        if (batteryCode != null) {
            wrapper.eq(Binding::getCurrentBatteryCode, batteryCode);
        } else {
            wrapper.isNull(Binding::getUnboundAt);
        }
        return wrapper.eq(userName != null, Binding::getUserName, userName).orderByDesc(Binding::getId);
    }
}
