package com.northstar.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * asset-service's lists (§2.2.15 {@code assetBatteryQuery}, §2.2.16 {@code assetBindingQuery}, §2.2.13
 * {@code assetMemberBatteryQuery}) for one merchant and for all 100 (or unfiltered), by user name and by battery,
 * as a MERCHANT and as the unscoped partner, each with and without the count.
 */
final class AssetListPlan implements ListPlan {

    private static final String BATTERIES = "/api/asset/batteries/query";
    private static final String BINDINGS = "/api/asset/battery-bindings/query";
    private static final String MEMBER_BATTERIES = "/api/asset/member-batteries/query";

    @Override
    public String name() {
        return "assets";
    }

    @Override
    public String service() {
        return "asset-service";
    }

    @Override
    public String schema() {
        return "bench_asset";
    }

    @Override
    public String rowsOption() {
        return "batteries";
    }

    @Override
    public String rowsTable() {
        return "battery";
    }

    @Override
    public long defaultRows() {
        return 1_000_000;
    }

    @Override
    public void checkRows(long rows) {
        if (rows % 2 != 0) {
            throw new IllegalArgumentException("--batteries must be even: the generator makes them in pairs");
        }
    }

    @Override
    public List<ListCase> cases(Connection loaded, long rows) throws SQLException {
        List<String> merchants = new ArrayList<>();
        String batteryCode;
        String userName;
        try (Statement statement = loaded.createStatement()) {
            try (ResultSet codes = statement.executeQuery("SELECT code FROM merchant ORDER BY code")) {
                while (codes.next()) {
                    merchants.add(codes.getString(1));
                }
            }
            // A bound battery halfway through the first merchant's current bindings (a quarter of its batteries).
            long halfway = rows / merchants.size() / 4;
            try (ResultSet row = statement.executeQuery("SELECT battery_code, user_name FROM battery_binding"
                    + " WHERE merchant_code = '" + merchants.get(0) + "' AND unbound_at IS NULL"
                    + " ORDER BY id LIMIT 1 OFFSET " + halfway)) {
                if (!row.next()) {
                    throw new IllegalStateException("the loaded schema has too few current bindings");
                }
                batteryCode = row.getString(1);
                userName = row.getString(2);
            }
        }
        BenchCaller ops = BenchCaller.ops();
        BenchCaller partner = BenchCaller.partner();
        List<String> one = List.of(merchants.get(0));
        List<ListCase> cases = new ArrayList<>();
        for (boolean withTotal : new boolean[] { true, false }) {
            cases.add(ListCase.page("2.2.15 batteries, one merchant", BATTERIES, Map.of("merchantIds", one), ops,
                    withTotal));
            cases.add(ListCase.page("2.2.15 batteries, every merchant", BATTERIES, Map.of("merchantIds", merchants),
                    ops, withTotal));
            cases.add(ListCase.page("2.2.15 batteries, by name", BATTERIES,
                    Map.of("merchantIds", merchants, "userName", userName), ops, withTotal));
            cases.add(ListCase.page("2.2.16 bindings, everyone", BINDINGS, Map.of(), ops, withTotal));
            cases.add(ListCase.page("2.2.16 bindings, by name", BINDINGS, Map.of("userName", userName), ops,
                    withTotal));
            cases.add(ListCase.page("2.2.16 bindings, by battery", BINDINGS, Map.of("batteryCode", batteryCode), ops,
                    withTotal));
            cases.add(ListCase.page("2.2.13 member batteries, one store", MEMBER_BATTERIES, Map.of("merchantIds", one),
                    BenchCaller.merchant(merchants.get(0)), withTotal));
            cases.add(ListCase.page("2.2.13 member batteries, one store", MEMBER_BATTERIES, Map.of("merchantIds", one),
                    partner, withTotal));
            cases.add(ListCase.page("2.2.13 member batteries, every store", MEMBER_BATTERIES,
                    Map.of("merchantIds", merchants), partner, withTotal));
        }
        return cases;
    }
}
