package com.northstar.asset.binding;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Body of {@code assetBindingQuery} (seed 000 §2.2.16) plus the KOP page the seed omits; every filter optional.
 *
 * @param withTotal false skips the count on large tables and leaves {@code total} out (catalog)
 */
record BindingQueryRequest(String userName, String batteryCode, Integer pageNo,
        @JsonAlias("pageSzie") Integer pageSize, Boolean withTotal) {

    static final BindingQueryRequest EVERYTHING = new BindingQueryRequest(null, null, null, null, null);
}
