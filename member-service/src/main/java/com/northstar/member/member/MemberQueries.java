package com.northstar.member.member;

import com.northstar.member.merchant.MerchantDirectory;
import com.northstar.member.merchant.MerchantDirectory.MerchantEntry;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.core.time.WireDates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The member reads: memberQuery, memberStoreQuery, memberStats. */
@Service
class MemberQueries {

    static final String MEMBER_SUM = "memberSum";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;
    private final MemberTotals totals;
    private final MerchantDirectory merchants;
    private final Clock clock;

    MemberQueries(JdbcClient jdbc, MemberTotals totals, MerchantDirectory merchants, Clock clock) {
        this.jdbc = jdbc;
        this.totals = totals;
        this.merchants = merchants;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    KopPage<MemberView> members(MemberQuery query) {
        List<MemberRow> rows = page("SELECT m.* FROM member m" + query.where(), query.params(), query.page().offset(),
                query.page().pageSize());
        Map<String, MerchantEntry> entries = merchants.byCodes(rows.stream().map(MemberRow::merchantCode).toList());
        List<MemberView> views = rows.stream().map(row -> row.toView(entries.get(row.merchantCode()))).toList();
        Long total = null;
        if (query.withTotal()) {
            total = query.totalIsTallied() ? talliedTotal(query) : count(query.where(), query.params());
        }
        return new KopPage<>(total, query.page().pageNo(), query.page().pageSize(), views);
    }

    KopPage<StoreMemberView> storeMembers(StoreMemberQuery query) {
        if (query.merchantCodes().isEmpty()) {
            return new KopPage<>(query.withTotal() ? 0L : null, query.page().pageNo(), query.page().pageSize(),
                    List.of());
        }
        List<StoreMemberView> views = page("SELECT m.* FROM member m" + query.where(), query.params(),
                query.page().offset(), query.page().pageSize()).stream().map(MemberRow::toStoreView).toList();
        Long total = null;
        if (query.withTotal()) {
            total = query.totalIsTallied() ? sum(totals.byState(query.merchantCodes(), null))
                    : count(query.where(), query.params());
        }
        return new KopPage<>(total, query.page().pageNo(), query.page().pageSize(), views);
    }

    /** memberStats: every member and those registered today (Asia/Shanghai), per state, from the totals. */
    MemberStats stats() {
        return new MemberStats(statsMap(totals.byState(null, null)),
                statsMap(totals.byState(null, LocalDate.now(clock))));
    }

    Optional<String> phoneOf(long memberId) {
        return jdbc.sql("SELECT phone FROM member WHERE id = ?").param(memberId).query(String.class).optional();
    }

    private long talliedTotal(MemberQuery query) {
        List<String> codes = null;
        if (query.cityId() != null) {
            codes = jdbc.sql("SELECT merchant_code FROM merchant_directory WHERE city_id = ?").param(query.cityId())
                    .query(String.class).list();
        }
        Map<MemberState, Long> byState = totals.byState(codes, null);
        return query.state() == null ? sum(byState) : byState.get(query.state());
    }

    private List<MemberRow> page(String select, Map<String, Object> params, long offset, int size) {
        return jdbc.sql(select + " ORDER BY m.id DESC LIMIT :size OFFSET :offset").params(params)
                .param("size", size).param("offset", offset).query(MemberQueries::row).list();
    }

    private long count(String where, Map<String, Object> params) {
        return jdbc.sql("SELECT COUNT(*) FROM member m" + where).params(params).query(Long.class).single();
    }

    private static long sum(Map<MemberState, Long> byState) {
        return byState.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> statsMap(Map<MemberState, Long> byState) {
        Map<String, Long> stats = new LinkedHashMap<>();
        stats.put(MEMBER_SUM, sum(byState));
        byState.forEach((state, members) -> stats.put(state.statsKey(), members));
        return stats;
    }

    private static MemberRow row(ResultSet rs, int number) throws SQLException {
        return new MemberRow(rs.getLong("id"), rs.getString("phone"), rs.getString("user_name"),
                rs.getString("merchant_code"), (Integer) rs.getObject("city_id"),
                MemberState.valueOf(rs.getString("state")), rs.getString("user_label"),
                rs.getString("id_card_state"), rs.getString("inviter"), rs.getString("share_code"),
                rs.getString("sex"), rs.getString("birthday"), rs.getInt("use_day_num"),
                rs.getInt("assets_order_num"), rs.getString("vehicle_code"), rs.getString("battery_code"),
                rs.getTimestamp("created_at").toLocalDateTime().format(MINUTES));
    }

    private record MemberRow(long id, String phone, String userName, String merchantCode, Integer cityId,
            MemberState state, String userLabel, String idCardState, String inviter, String shareCode, String sex,
            String birthday, int useDayNum, int assetsOrderNum, String vehicleCode, String batteryCode,
            String createdAt) {

        MemberView toView(MerchantEntry merchant) {
            return new MemberView(String.valueOf(id), cityId, merchant == null ? null : merchant.cityName(),
                    userName, userLabel, phone, idCardState, state.text(), shareCode, inviter, merchantCode,
                    merchant == null ? null : merchant.name(), merchant == null ? null : merchant.typeName(),
                    useDayNum, assetsOrderNum, vehicleCode, batteryCode);
        }

        StoreMemberView toStoreView() {
            return new StoreMemberView(merchantCode, userName, phone, idCardState, inviter, shareCode, sex,
                    birthday, createdAt);
        }
    }
}
