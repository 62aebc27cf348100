package com.northstar.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run measures: the five seed profiles, each with and without the count, the merchant back office's
 * profiles also as the unscoped partner, and operations' list at a deep page; and which pairs to divide.
 */
record QueryPlan(List<QueryCase> cases, List<Comparison> comparisons) {

    /**
     * A ratio of two cases' latencies measured in the same rounds.
     *
     * @param question what the ratio answers, as the table's group heading
     * @param label    which cases, within the question
     */
    record Comparison(String question, String label, QueryCase measured, QueryCase baseline) {
    }

    static final String COUNT = "what the count costs: withTotal=true / withTotal=false";
    static final String SCOPING = "merchant scoping: MERCHANT / PARTNER, same body";
    static final String DEPTH = "paging depth: deep page / page 1 (withTotal=false)";

    static QueryPlan of(BenchDatabase.MerchantCabinets merchant, LocalDate today, int deepPage) {
        BenchCaller merchantCaller = BenchCaller.merchant(merchant.merchantCode());
        BenchCaller partner = BenchCaller.partner();
        BenchCaller ops = BenchCaller.ops();
        List<QueryCase> cases = new ArrayList<>();
        List<Comparison> countCosts = new ArrayList<>();
        List<Comparison> scoping = new ArrayList<>();
        for (SeedProfile profile : List.of(SeedProfile.merchantCabinetNormalOrders(merchant),
                SeedProfile.merchantCabinetAbnormalOrders(merchant), SeedProfile.merchantMemberOrders(merchant))) {
            QueryCase scopedWithTotal = new QueryCase(profile, merchantCaller, true, 1);
            QueryCase scoped = new QueryCase(profile, merchantCaller, false, 1);
            QueryCase unscopedWithTotal = new QueryCase(profile, partner, true, 1);
            QueryCase unscoped = new QueryCase(profile, partner, false, 1);
            cases.addAll(List.of(scopedWithTotal, scoped, unscopedWithTotal, unscoped));
            countCosts.add(new Comparison(COUNT, profile.section() + " " + merchantCaller.label(), scopedWithTotal,
                    scoped));
            countCosts.add(new Comparison(COUNT, profile.section() + " " + partner.label(), unscopedWithTotal,
                    unscoped));
            scoping.add(new Comparison(SCOPING, profile.section() + " withTotal=true", scopedWithTotal,
                    unscopedWithTotal));
            scoping.add(new Comparison(SCOPING, profile.section() + " withTotal=false", scoped, unscoped));
        }
        for (SeedProfile profile : List.of(SeedProfile.opsAbnormalOrders(today), SeedProfile.opsNormalOrders())) {
            QueryCase withTotal = new QueryCase(profile, ops, true, 1);
            QueryCase withoutTotal = new QueryCase(profile, ops, false, 1);
            cases.addAll(List.of(withTotal, withoutTotal));
            countCosts.add(new Comparison(COUNT, profile.section() + " " + ops.label(), withTotal, withoutTotal));
        }
        QueryCase firstPage = cases.get(cases.size() - 1);
        QueryCase deep = new QueryCase(firstPage.profile(), ops, false, deepPage);
        cases.add(deep);
        List<Comparison> comparisons = new ArrayList<>(countCosts);
        comparisons.addAll(scoping);
        comparisons.add(new Comparison(DEPTH, firstPage.profile().section() + " " + ops.label() + " page " + deepPage
                + " / page 1", deep, firstPage));
        return new QueryPlan(List.copyOf(cases), List.copyOf(comparisons));
    }
}
