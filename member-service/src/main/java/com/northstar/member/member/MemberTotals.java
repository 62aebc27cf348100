package com.northstar.member.member;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Members by merchant, registration day (Asia/Shanghai) and current state ({@code member_total}), so memberStats and
 * the unfiltered totals of the lists never count the member table. A change adds to its transaction's tally; the
 * tally is written once, just before the transaction commits, in key order (two transactions never wait on each
 * other in a circle) and leaving out what cancelled out. It commits or rolls back with the change, so the totals are
 * always the rows' counts (asset-service's MerchantTotals, keyed finer).
 */
@Service
public class MemberTotals {

    /** The key of members of no merchant. */
    static final String NO_MERCHANT = "";

    private final JdbcClient jdbc;

    MemberTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member registered on {@code day} joined in {@code state}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void joined(String merchantCode, LocalDate day, MemberState state) {
        tally().add(new Key(keyOf(merchantCode), day, state), 1);
    }

    /** A member registered on {@code day} moved from one state to another. */
    @Transactional(propagation = Propagation.MANDATORY)
    void moved(String merchantCode, LocalDate day, MemberState from, MemberState to) {
        tally().add(new Key(keyOf(merchantCode), day, from), -1);
        tally().add(new Key(keyOf(merchantCode), day, to), 1);
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

    private Tally tally() {
        Tally tally = (Tally) TransactionSynchronizationManager.getResource(this);
        if (tally == null) {
            tally = new Tally();
            TransactionSynchronizationManager.bindResource(this, tally);
            TransactionSynchronizationManager.registerSynchronization(tally);
        }
        return tally;
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

    /** One transaction's changes to the totals, written just before it commits. */
    private final class Tally implements TransactionSynchronization {

        private final Map<Key, Long> deltas = new TreeMap<>();

        void add(Key key, long delta) {
            deltas.merge(key, delta, Long::sum);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            deltas.forEach((key, delta) -> {
                if (delta != 0) {
                    jdbc.sql("""
                            INSERT INTO member_total (merchant_code, created_day, state, members) VALUES (?, ?, ?, ?)
                            ON DUPLICATE KEY UPDATE members = members + ?""")
                            .params(key.merchantCode(), key.day(), key.state().name(), delta, delta).update();
                }
            });
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(MemberTotals.this);
        }
    }
}
