package com.northstar.asset.binding;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.paging.PageRequest;
import com.northstar.platform.core.paging.QueryText;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of {@code assetMemberBatteryQuery} in one place: the current bindings of the stores' members, newest
 * first. The stores are the body's {@code merchantIds}; a MERCHANT-scoped caller gets only those its token also
 * names (another merchant's code matches nothing, and says nothing about whether it exists), and a token naming no
 * merchant sees nothing.
 *
 * @param merchantCodes the merchants the caller asked for and may see
 */
record MemberBatteryQuery(Set<String> merchantCodes, String phone, String userName, String batteryCode,
        PageRequest page, boolean withTotal) {

    static final int DEFAULT_PAGE_SIZE = 10;

    static MemberBatteryQuery of(MemberBatteryQueryRequest request, Caller caller) {
        return new MemberBatteryQuery(QueryText.visibleMerchants(QueryText.codes("merchantIds",
                request.merchantIds()), caller), QueryText.text(request.phoneNo()), QueryText.text(request.userName()),
                QueryText.text(request.batteryCode()),
                PageRequest.of(request.pageNo(), request.pageSize(), DEFAULT_PAGE_SIZE),
                request.withTotal() == null || request.withTotal());
    }

    /** Stores alone select the bindings: the total is their sum in {@code merchant_asset_total}, not a count. */
    boolean totalIsStoresTotal() {
        return phone == null && userName == null && batteryCode == null;
    }

    /** The statement's conditions and order; empty when nothing can match. */
    Optional<LambdaQueryWrapper<Binding>> toWrapper() {
        if (merchantCodes.isEmpty()) {
            return Optional.empty();
        }
        LambdaQueryWrapper<Binding> wrapper = Wrappers.lambdaQuery(Binding.class)
                .in(Binding::getMerchantCode, merchantCodes);
        if (batteryCode != null) {
            wrapper.eq(Binding::getCurrentBatteryCode, batteryCode);
        } else {
            wrapper.isNull(Binding::getUnboundAt);
        }
        return Optional.of(wrapper.eq(phone != null, Binding::getUserPhone, phone)
                .eq(userName != null, Binding::getUserName, userName)
                .orderByDesc(Binding::getId));
    }
}
