package com.northstar.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One caller profile of seed 000 (§2.2.2-2.2.6): the {@code swapOrderQuery} body its back-office page sends, with
 * the seed's own field names (misspellings included where the seed has them).
 *
 * @param section       the seed's section number
 * @param filter        the body without paging
 * @param pageSizeField {@code pageSize}, or the seed's {@code pageSzie} in §2.2.3
 */
record SeedProfile(String section, String title, Map<String, Object> filter, String pageSizeField) {

    static final int PAGE_SIZE = 10;

    /** §2.2.2: a merchant's normal orders at its cabinets. */
    static SeedProfile merchantCabinetNormalOrders(BenchDatabase.MerchantCabinets merchant) {
        return new SeedProfile("2.2.2", "merchant cabinets, normal orders",
                Map.of("orderType", 1, "deviceIds", String.join(",", merchant.deviceIds())), "pageSize");
    }

    /** §2.2.3: a merchant's abnormal orders at its cabinets. */
    static SeedProfile merchantCabinetAbnormalOrders(BenchDatabase.MerchantCabinets merchant) {
        return new SeedProfile("2.2.3", "merchant cabinets, abnormal orders",
                Map.of("orderType", 0, "deviceIds", String.join(",", merchant.deviceIds())), "pageSzie");
    }

    /** §2.2.4: a merchant's members' completed orders. */
    static SeedProfile merchantMemberOrders(BenchDatabase.MerchantCabinets merchant) {
        return new SeedProfile("2.2.4", "merchant members' completed orders",
                Map.of("merchantCodes", merchant.merchantCode(), "OrderState", 1), "pageSize");
    }

    /** §2.2.5: operations' abnormal orders of the last 30 days, with the swap details. */
    static SeedProfile opsAbnormalOrders(LocalDate today) {
        return new SeedProfile("2.2.5", "ops abnormal orders, last 30 days",
                Map.of("orderType", 0, "changeDetail", 1, "startTimeBefore", today.minusDays(29).toString(),
                        "startTimeEnd", today.toString()), "pageSize");
    }

    /** §2.2.6: operations' normal orders with every block. */
    static SeedProfile opsNormalOrders() {
        return new SeedProfile("2.2.6", "ops normal orders, all blocks",
                Map.of("orderType", 1, "changeDetail", 1, "operatorInfo", 1, "packagelInfo", 1), "pageSize");
    }

    Map<String, Object> body(int pageNo, boolean withTotal) {
        Map<String, Object> body = new LinkedHashMap<>(filter);
        body.put("pageNo", pageNo);
        body.put(pageSizeField, PAGE_SIZE);
        body.put("withTotal", withTotal);
        return body;
    }
}
