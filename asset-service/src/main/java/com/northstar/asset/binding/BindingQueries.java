package com.northstar.asset.binding;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.northstar.asset.battery.Batteries;
import com.northstar.asset.battery.Battery;
import com.northstar.asset.merchant.MerchantTotals;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.core.paging.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The two binding lists (2.2.13, 2.2.16): one page of bindings, with each battery's model. */
@Service
class BindingQueries {

    private final BindingMapper bindings;
    private final Batteries batteries;
    private final MerchantTotals totals;

    BindingQueries(BindingMapper bindings, Batteries batteries, MerchantTotals totals) {
        this.bindings = bindings;
        this.batteries = batteries;
        this.totals = totals;
    }

    @Transactional(readOnly = true)
    public KopPage<BindingView> bindings(BindingQuery query) {
        return page(query.toWrapper(), query.page(), query.withTotal(),
                query.totalIsEveryonesTotal() ? totals::currentBindings : null, BindingView::of);
    }

    @Transactional(readOnly = true)
    public KopPage<MemberBatteryView> memberBatteries(MemberBatteryQuery query) {
        return query.toWrapper().map(wrapper -> page(wrapper, query.page(), query.withTotal(),
                query.totalIsStoresTotal() ? () -> totals.currentBindings(query.merchantCodes()) : null,
                MemberBatteryView::of))
                .orElseGet(() -> new KopPage<>(query.withTotal() ? 0L : null, query.page().pageNo(),
                        query.page().pageSize(), List.of()));
    }

    /** @param knownTotal the total without counting the rows, or null to count them */
    private <V> KopPage<V> page(LambdaQueryWrapper<Binding> wrapper, PageRequest request, boolean withTotal,
            LongSupplier knownTotal, BiFunction<Binding, String, V> view) {
        Page<Binding> page = new Page<>(request.pageNo(), request.pageSize());
        page.setSearchCount(withTotal && knownTotal == null);
        bindings.selectPage(page, wrapper);
        Map<String, Battery> batteriesOfPage = batteries.byCodes(page.getRecords().stream()
                .map(Binding::getBatteryCode).toList());
        List<V> result = page.getRecords().stream().map(binding -> {
            Battery battery = batteriesOfPage.get(binding.getBatteryCode());
            return view.apply(binding, battery == null ? null : battery.getModel());
        }).toList();
        Long total = !withTotal ? null : knownTotal != null ? knownTotal.getAsLong() : page.getTotal();
        return new KopPage<>(total, request.pageNo(), request.pageSize(), result);
    }
}
