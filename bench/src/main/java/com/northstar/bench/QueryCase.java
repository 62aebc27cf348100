package com.northstar.bench;

import java.util.Map;

/** One measured request: a seed profile sent by one caller, with or without the count, at one page. */
record QueryCase(SeedProfile profile, BenchCaller caller, boolean withTotal, int pageNo) {

    Map<String, Object> body() {
        return profile.body(pageNo, withTotal);
    }

    String label() {
        return profile.section() + " " + caller.label() + (withTotal ? " +total" : " no total")
                + (pageNo == 1 ? "" : " page " + pageNo);
    }
}
