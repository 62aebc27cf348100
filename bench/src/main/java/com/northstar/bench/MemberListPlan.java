package com.northstar.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * member-service's lists and stats: §2.2.18 {@code memberStats}, §2.2.19 {@code memberQuery} (unfiltered, by state,
 * by phone, by name) and §2.2.14 {@code memberStoreQuery} for one store and for all of them, as a MERCHANT and as the
 * unscoped partner, each list with and without the count.
 */
final class MemberListPlan implements ListPlan {

    private static final String STATS = "/api/member/members/stats";
    private static final String MEMBERS = "/api/member/members/query";
    private static final String STORE_MEMBERS = "/api/member/members/store-query";
    /** memberQuery's userState of members in use (MemberState.IN_USE). */
    private static final int IN_USE = 1;

    @Override
    public String name() {
        return "members";
    }

    @Override
    public String service() {
        return "member-service";
    }

    @Override
    public String schema() {
        return "bench_member";
    }

    @Override
    public String rowsOption() {
        return "members";
    }

    @Override
    public String rowsTable() {
        return "member";
    }

    @Override
    public long defaultRows() {
        return 1_000_000;
    }

    @Override
    public List<ListCase> cases(Connection loaded, long rows) throws SQLException {
        List<String> merchants = new ArrayList<>();
        String phone;
        String userName;
        try (Statement statement = loaded.createStatement()) {
            try (ResultSet codes = statement.executeQuery(
                    "SELECT DISTINCT merchant_code FROM member_total ORDER BY merchant_code")) {
                while (codes.next()) {
                    merchants.add(codes.getString(1));
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT phone, user_name FROM member ORDER BY id LIMIT 1"
                    + " OFFSET " + rows / 2)) {
                if (!row.next()) {
                    throw new IllegalStateException("the loaded schema has too few members");
                }
                phone = row.getString(1);
                userName = row.getString(2);
            }
        }
        BenchCaller ops = BenchCaller.ops();
        BenchCaller partner = BenchCaller.partner();
        List<String> one = List.of(merchants.get(0));
        List<ListCase> cases = new ArrayList<>();
        cases.add(ListCase.get("2.2.18 stats", STATS, ops));
        cases.add(ListCase.get("2.2.18 stats", STATS, partner));
        for (boolean withTotal : new boolean[] { true, false }) {
            cases.add(ListCase.page("2.2.19 members, everyone", MEMBERS, Map.of(), ops, withTotal));
            cases.add(ListCase.page("2.2.19 members, in use", MEMBERS, Map.of("userState", IN_USE), ops, withTotal));
            cases.add(ListCase.page("2.2.19 members, by phone", MEMBERS, Map.of("phoneNo", phone), ops, withTotal));
            cases.add(ListCase.page("2.2.19 members, by name", MEMBERS, Map.of("userName", userName), ops,
                    withTotal));
            cases.add(ListCase.page("2.2.14 store members, one store", STORE_MEMBERS, Map.of("merchantIds", one),
                    BenchCaller.merchant(merchants.get(0)), withTotal));
            cases.add(ListCase.page("2.2.14 store members, one store", STORE_MEMBERS, Map.of("merchantIds", one),
                    partner, withTotal));
            cases.add(ListCase.page("2.2.14 store members, every store", STORE_MEMBERS,
                    Map.of("merchantIds", merchants), partner, withTotal));
        }
        return cases;
    }
}
