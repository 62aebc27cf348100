package com.northstar.member.demo;

import com.northstar.member.member.MemberState;
import com.northstar.member.member.MemberTotals;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.data.MultiRowInserts;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Benchmark data: {@link #MERCHANTS} merchants in five cities and N members after the highest id there is, spread
 * over the merchants, the states (mostly IN_USE) and the last 365 days (some today), written with
 * {@link MultiRowInserts}; then the totals are counted anew. Run by {@link MemberGenerator}.
 */
@Component
class BulkMemberLoad {

    static final int MERCHANTS = 100;
    /** The states of every 20 members: 2 new, 12 in use, then one or two of each other state. */
    static final List<MemberState> STATE_CYCLE = List.of(MemberState.NEW, MemberState.NEW, MemberState.IN_USE,
            MemberState.IN_USE, MemberState.IN_USE, MemberState.IN_USE, MemberState.IN_USE, MemberState.IN_USE,
            MemberState.IN_USE, MemberState.IN_USE, MemberState.IN_USE, MemberState.IN_USE, MemberState.IN_USE,
            MemberState.IN_USE, MemberState.FROZEN, MemberState.BANNED, MemberState.OVERDUE, MemberState.OVERDUE,
            MemberState.REFUNDED, MemberState.CANCELLED);
    private static final List<Object[]> CITIES = List.of(new Object[] { 110100, "北京市" },
            new Object[] { 310100, "上海市" }, new Object[] { 440100, "广州市" }, new Object[] { 440300, "深圳市" },
            new Object[] { 330100, "杭州市" });
    private static final long REPORT_EVERY = 100_000;

    private final MultiRowInserts inserts;
    private final MemberTotals totals;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PrintStream out = System.out;

    BulkMemberLoad(MultiRowInserts inserts, MemberTotals totals, JdbcClient jdbc, Clock clock) {
        this.inserts = inserts;
        this.totals = totals;
        this.jdbc = jdbc;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /** Writes the merchants (those missing) and {@code members} members; returns how long it took. */
    Duration generate(long members) throws SQLException {
        long started = System.nanoTime();
        for (int number = 1; number <= MERCHANTS; number++) {
            Object[] city = CITIES.get(number <= 3 ? 0 : number % CITIES.size());
            jdbc.sql("INSERT IGNORE INTO merchant_directory (merchant_code, merchant_name, merchant_type_name, city_id,"
                    + " city_name) VALUES (?, ?, '换电门店', ?, ?)").params(merchantCode(number),
                    "北极星换电" + number + "号店", city[0], city[1]).update();
        }
        long firstId = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM member").query(Long.class).single();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        out.printf("generating %,d members from id %,d%n", members, firstId);
        long[] lastReported = { 0 };
        inserts.insert(new MultiRowInserts.Rows("member", List.of("id", "phone", "user_id", "user_name",
                "merchant_code", "city_id", "state", "user_label", "id_card_state", "share_code", "sex",
                "use_day_num", "assets_order_num", "vehicle_code", "battery_code", "created_at", "updated_at"),
                members, row -> {
                    long id = firstId + row - 1;
                    int merchant = (int) (id % MERCHANTS) + 1;
                    Object[] city = CITIES.get(merchant <= 3 ? 0 : merchant % CITIES.size());
                    LocalDateTime created = now.minusDays(id % 365).minusSeconds(id % 3_600);
                    return new Object[] { id, String.format("16%09d", id), "G" + id, "用户" + (id % 50_000),
                            merchantCode(merchant), city[0], STATE_CYCLE.get((int) (id % STATE_CYCLE.size())).name(),
                            "普通用户", "已认证", "SC" + merchant, id % 2 == 0 ? "男" : "女", (int) (id % 100),
                            (int) (id % 300), id % 3 == 0 ? "EV" + id : null, "BTG" + id, created, created };
                }), written -> {
                    if (written - lastReported[0] >= REPORT_EVERY) {
                        lastReported[0] = written;
                        out.printf("  %,d members written%n", written);
                    }
                });
        totals.recount();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        out.printf("generated %,d members in %.1f s: %,d rows/s%n", members, took.toMillis() / 1000.0,
                took.toMillis() == 0 ? members : members * 1000 / took.toMillis());
        return took;
    }

    static String merchantCode(int number) {
        return String.format("M%03d", number);
    }
}
