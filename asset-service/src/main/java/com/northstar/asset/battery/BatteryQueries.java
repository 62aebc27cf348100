package com.northstar.asset.battery;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.northstar.asset.merchant.Merchant;
import com.northstar.asset.merchant.MerchantTotals;
import com.northstar.asset.merchant.Merchants;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.core.time.WireDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@code assetBatteryQuery}: one page of batteries with their merchant and charge estimates. */
@Service
class BatteryQueries {

    private final BatteryMapper batteries;
    private final BatteryModelMapper models;
    private final Merchants merchants;
    private final MerchantTotals totals;
    private final Clock clock;

    BatteryQueries(BatteryMapper batteries, BatteryModelMapper models, Merchants merchants, MerchantTotals totals,
            Clock clock) {
        this.batteries = batteries;
        this.models = models;
        this.merchants = merchants;
        this.totals = totals;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    @Transactional(readOnly = true)
    public KopPage<BatteryView> query(BatteryQuery query) {
        int pageNo = query.page().pageNo();
        int pageSize = query.page().pageSize();
        return query.toWrapper().map(wrapper -> {
            Page<Battery> page = new Page<>(pageNo, pageSize);
            page.setSearchCount(query.withTotal() && !query.totalIsMerchantsTotal());
            if (query.readsMerchantOrder()) {
                batteries.selectPageInMerchantOrder(page, wrapper);
            } else {
                batteries.selectPage(page, wrapper);
            }
            List<Battery> rows = page.getRecords();
            Map<String, Merchant> merchantsOfPage = merchants.byCodes(rows.stream().map(Battery::getMerchantCode)
                    .toList());
            Map<String, BatteryModel> modelsOfPage = modelsOf(rows);
            LocalDateTime now = LocalDateTime.now(clock);
            List<BatteryView> result = rows.stream().map(battery -> BatteryView.of(battery,
                    merchantsOfPage.get(battery.getMerchantCode()), modelsOfPage.get(battery.getModel()), now))
                    .toList();
            Long total = !query.withTotal() ? null
                    : query.totalIsMerchantsTotal() ? totals.batteries(query.merchantCodes()) : page.getTotal();
            return new KopPage<>(total, pageNo, pageSize, result);
        }).orElseGet(() -> new KopPage<>(query.withTotal() ? 0L : null, pageNo, pageSize, List.of()));
    }

    private Map<String, BatteryModel> modelsOf(List<Battery> rows) {
        Set<String> names = rows.stream().map(Battery::getModel).filter(Objects::nonNull).collect(Collectors.toSet());
        if (names.isEmpty()) {
            return Map.of();
        }
        return models.selectByIds(names).stream()
                .collect(Collectors.toMap(BatteryModel::getModel, Function.identity()));
    }
}
