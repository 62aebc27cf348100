package com.northstar.member.member;

import com.northstar.platform.service.data.TransactionTally;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members by merchant, registration day (Asia/Shanghai) and current state ({@code member_total}), so memberStats and
 * the unfiltered totals of the lists never count the member table. Changes are added up per transaction and written
 * just before it commits, in key order, leaving out what cancelled out ({@link TransactionTally}), so the totals are
 * always the rows' counts.
 */
@Service
public class MemberTotals {

    /** The key of members of no merchant. */
    static final String NO_MERCHANT = "";

    private final JdbcClient jdbc;
    private final TransactionTally<Key> tally = new TransactionTally<>(1, this::write);

    MemberTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member registered on {@code day} joined in {@code state}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void joined(String merchantCode, LocalDate day, MemberState state) {
        tally.add(new Key(keyOf(merchantCode), day, state), 1);
    }

    /** A member registered on {@code day} moved from one state to another. */
    @Transactional(propagation = Propagation.MANDATORY)
    void moved(String merchantCode, LocalDate day, MemberState from, MemberState to) {
        tally.add(new Key(keyOf(merchantCode), day, from), -1);
        tally.add(new Key(keyOf(merchantCode), day, to), 1);
    }

    /** Members per state, of these merchants (null: of everyone), registered on {@code day} (null: ever). */
    Map<MemberState, Long> byState(Collection<String> merchantCodes, LocalDate day) {
        Map<MemberState, Long> counts = new EnumMap<>(MemberState.class);
        for (MemberState state : MemberState.values()) {
            counts.put(state, 0L);
        }
        if (merchantCodes != null && merchantCodes.isEmpty()) {
            return counts;
        }
        String sql = "SELECT state, SUM(members) FROM member_total WHERE 1 = 1"
                + (merchantCodes == null ? "" : " AND merchant_code IN (:codes)")
                + (day == null ? "" : " AND created_day = :day") + " GROUP BY state";
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (merchantCodes != null) {
            statement = statement.param("codes", merchantCodes);
        }
        if (day != null) {
            statement = statement.param("day", day);
        }
        statement.query((row, number) -> counts.put(MemberState.valueOf(row.getString(1)), row.getLong(2))).list();
        return counts;
    }

    /**
     * Counts the totals anew from the rows: after rows were written in bulk without going through a change (demo
     * data, the benchmark's generator, test fixtures), while nothing else writes. One grouped pass.
     */
    @Transactional
    public void recount() {
        jdbc.sql("DELETE FROM member_total").update();
        jdbc.sql("""
                INSERT INTO member_total (merchant_code, created_day, state, members)
                SELECT COALESCE(merchant_code, ''), DATE(created_at), state, COUNT(*) FROM member
                GROUP BY COALESCE(merchant_code, ''), DATE(created_at), state""").update();
    }

    private static String keyOf(String merchantCode) {
        return merchantCode == null ? NO_MERCHANT : merchantCode;
    }

    private record Key(String merchantCode, LocalDate day, MemberState state) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byMerchant = merchantCode.compareTo(other.merchantCode);
            if (byMerchant != 0) {
                return byMerchant;
            }
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : state.name().compareTo(other.state.name());
        }
    }

    /** One statement that takes the row's exclusive lock whether it exists or not (see {@link TransactionTally}). */
    private void write(Key key, long[] changes) {
        jdbc.sql("""
                INSERT INTO member_total (merchant_code, created_day, state, members) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE members = members + ?""")
                .params(key.merchantCode(), key.day(), key.state().name(), changes[0], changes[0]).update();
    }
}
