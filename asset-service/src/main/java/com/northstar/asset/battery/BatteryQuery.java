package com.northstar.asset.battery;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.platform.core.paging.PageRequest;
import com.northstar.platform.core.paging.QueryText;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of {@code assetBatteryQuery} in one place. Its callers (OPS, PARTNER) see every merchant; the
 * {@code merchantIds} they send choose whose batteries are listed, the other filters narrow that. Ordered by merchant
 * and battery code, which is the order of {@code idx_battery_merchant_code}: a page is read off the index.
 */
record BatteryQuery(Set<String> merchantCodes, String userName, String batteryCode, PageRequest page,
        boolean withTotal) {

    static final int DEFAULT_PAGE_SIZE = 10;

    static BatteryQuery of(BatteryQueryRequest request) {
        return new BatteryQuery(QueryText.codes("merchantIds", request.merchantIds()),
                QueryText.text(request.userName()), QueryText.text(request.batteryCode()),
                PageRequest.of(request.pageNo(), request.pageSize(), DEFAULT_PAGE_SIZE),
                request.withTotal() == null || request.withTotal());
    }

    /**
     * Whether only merchants select the batteries, so a page is the first rows of the merchant index in its order;
     * a name or code filter is read through its own index instead.
     */
    boolean readsMerchantOrder() {
        return userName == null && batteryCode == null;
    }

    /** Merchants alone select the batteries: the total is their sum in {@code merchant_asset_total}, not a count. */
    boolean totalIsMerchantsTotal() {
        return readsMerchantOrder();
    }

    Optional<LambdaQueryWrapper<Battery>> toWrapper() {
        if (merchantCodes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Wrappers.lambdaQuery(Battery.class)
                .in(Battery::getMerchantCode, merchantCodes)
                .eq(userName != null, Battery::getUserName, userName)
                .eq(batteryCode != null, Battery::getBatteryCode, batteryCode)
                .orderByAsc(Battery::getMerchantCode).orderByAsc(Battery::getBatteryCode));
    }
}
