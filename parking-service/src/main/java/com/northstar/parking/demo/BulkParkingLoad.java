package com.northstar.parking.demo;

import com.northstar.parking.support.ParkingClock;
import com.northstar.platform.service.data.MultiRowInserts;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Benchmark data: the seed's examples ({@link DemoDataLoader}), a product {@link #PRODUCT} of 停车场1 paid without
 * audit (so a renewal is payable at once), and N users, each with one plate, one card of that product paid up to a
 * date within the next year and the paid order that got it there, written with {@link MultiRowInserts}. User i is
 * {@code String.format("%032x", i)}, its card {@link #cardId(long)}.
 */
@Component
class BulkParkingLoad {

    static final String PRODUCT = "bench0000000000000000000000000001";
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final MultiRowInserts inserts;
    private final JdbcClient jdbc;
    private final ParkingClock clock;
    private final PrintStream out = System.out;

    BulkParkingLoad(MultiRowInserts inserts, JdbcClient jdbc, ParkingClock clock) {
        this.inserts = inserts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String userId(long i) {
        return String.format("%032x", i);
    }

    static String cardId(long i) {
        return "c" + String.format("%031x", i);
    }

    static String orderId(long i) {
        return "o" + String.format("%031x", i);
    }

    /** Writes {@code cards} users with a plate, a card and its paid order; returns how long it took. */
    Duration generate(long cards) throws SQLException {
        long started = System.nanoTime();
        if (jdbc.sql("SELECT COUNT(*) FROM park").query(Long.class).single() == 0) {
            new DemoDataLoader(jdbc).load();
        }
        jdbc.sql("""
                INSERT INTO parking_product (id, version_id, park_id, name, unit_type, rent_type, card_type,
                    price_inside_fen, price_outside_fen, audit_before_pay, is_link)
                VALUES (?, ?, ?, '包月bench', '4', '1', '3', 30000, 45000, FALSE, '1')""")
                .params(PRODUCT, PRODUCT, DemoDataLoader.PARK).update();
        LocalDateTime now = clock.now();
        out.printf("generating %,d users, plates, cards and paid orders%n", cards);
        inserts.insert(new MultiRowInserts.Rows("parking_user", List.of("id", "park_id", "name", "phone",
                "department", "is_single", "is_drop", "bought_online", "has_conflict_process", "first_org_name",
                "first_org_code", "second_org_name", "second_org_code", "duplicate_code", "created_at", "updated_at"),
                cards, i -> new Object[] { userId(i), DemoDataLoader.PARK, "用户" + i, String.format("139%08d", i),
                        "23567f8615ca143a4967b98ee7dad1026", "0", "1", i % 2 == 0, false, "文学院", "111", "中文系",
                        "111001", Long.toString(20_000_000 + i), now, now }), written -> { });
        inserts.insert(new MultiRowInserts.Rows("parking_car", List.of("user_id", "car_num", "channel",
                "created_at"), cards, i -> new Object[] { userId(i), plate(i), "3", now }), written -> { });
        inserts.insert(new MultiRowInserts.Rows("parking_card", List.of("id", "user_id", "product_id", "user_name",
                "start_dt", "end_dt", "renew_end_dt", "state", "card_type", "paid", "last_order_id", "created_at",
                "updated_at"), cards, i -> new Object[] { cardId(i), userId(i), PRODUCT, "用户" + i,
                        paidUntil(now, i).minusMonths(1), paidUntil(now, i), paidUntil(now, i), "1", "3", true,
                        orderId(i), now, now }), written -> { });
        inserts.insert(new MultiRowInserts.Rows("parking_order", List.of("id", "card_id", "user_id", "product_id",
                "product_v_id", "product_name", "price_type", "count", "start_dt", "end_dt", "amount_fen", "state",
                "order_type", "card_type", "is_link", "audit_before_pay", "payable_since", "pay_suc_dt",
                "transaction_id", "extra_info", "created_at", "updated_at"), cards,
                i -> new Object[] { orderId(i), cardId(i), userId(i), PRODUCT, PRODUCT, "包月bench", "01", 1,
                        paidUntil(now, i).minusMonths(1), paidUntil(now, i), 30000, "03", 0, "3", "1", false, now,
                        now, "bench-" + i, "[]", now, now }), written -> { });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long rows = cards * 4;
        out.printf("generated %,d users, plates, cards and orders in %.1f s: %,d rows/s%n", cards,
                took.toMillis() / 1000.0, took.toMillis() == 0 ? rows : rows * 1000 / took.toMillis());
        return took;
    }

    private static LocalDateTime paidUntil(LocalDateTime now, long i) {
        return now.plusDays(i % 365 + 1);
    }

    private static String plate(long i) {
        return "京" + PLATE_LETTERS.charAt((int) (i / 100_000 % PLATE_LETTERS.length()))
                + String.format("%05d", i % 100_000);
    }
}
