package com.northstar.asset.merchant;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Per merchant, how many batteries it owns and how many current bindings its members have
 * ({@code merchant_asset_total}), so the unfiltered lists answer their {@code total} without counting a whole index.
 * A change adds to its transaction's tally; the tally is written once, just before the transaction commits, in
 * merchant order (so two transactions never wait on each other in a circle) and leaving out what cancelled out (a
 * swap ends one binding and starts another of the same merchant: no write at all). It commits or rolls back with the
 * change, so the totals are always the rows' counts.
 */
@Service
public class MerchantTotals {

    /** The key of batteries and bindings of no known merchant. */
    static final String NO_MERCHANT = "";

    private final JdbcClient jdbc;

    MerchantTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A battery was registered as the merchant's (null: of no known merchant). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void batteryRegistered(String merchantCode) {
        tally().add(merchantCode, 1, 0);
    }

    /** A binding of the merchant's member began. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bindingBegan(String merchantCode) {
        tally().add(merchantCode, 0, 1);
    }

    /** A binding of the merchant's member ended. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bindingEnded(String merchantCode) {
        tally().add(merchantCode, 0, -1);
    }

    /** Batteries owned by these merchants. */
    public long batteries(Collection<String> merchantCodes) {
        return merchantCodes.isEmpty() ? 0 : jdbc.sql("SELECT COALESCE(SUM(batteries), 0) FROM merchant_asset_total"
                + " WHERE merchant_code IN (:codes)").param("codes", merchantCodes).query(Long.class).single();
    }

    /** Current bindings of these merchants' members. */
    public long currentBindings(Collection<String> merchantCodes) {
        return merchantCodes.isEmpty() ? 0 : jdbc.sql("SELECT COALESCE(SUM(current_bindings), 0)"
                + " FROM merchant_asset_total WHERE merchant_code IN (:codes)").param("codes", merchantCodes)
                .query(Long.class).single();
    }

    /** Current bindings of everyone, members of no known merchant included. */
    public long currentBindings() {
        return jdbc.sql("SELECT COALESCE(SUM(current_bindings), 0) FROM merchant_asset_total").query(Long.class)
                .single();
    }

    /**
     * Counts the totals anew from the rows: after rows were written in bulk without going through a change (the
     * demo data, the benchmark's generator, test fixtures), while nothing else writes. Each count is one pass over
     * a merchant index, grouped; at most a few hundred merchants come back.
     */
    @Transactional
    public void recount() {
        Map<String, long[]> counted = new TreeMap<>();
        jdbc.sql("SELECT merchant_code, COUNT(*) FROM battery GROUP BY merchant_code").query((row, number) ->
                counted.computeIfAbsent(keyOf(row.getString(1)), code -> new long[2])[0] = row.getLong(2)).list();
        jdbc.sql("SELECT merchant_code, COUNT(*) FROM battery_binding WHERE unbound_at IS NULL GROUP BY merchant_code")
                .query((row, number) -> counted.computeIfAbsent(keyOf(row.getString(1)), code -> new long[2])[1] =
                        row.getLong(2)).list();
        jdbc.sql("DELETE FROM merchant_asset_total").update();
        counted.forEach((merchantCode, count) -> jdbc.sql("INSERT INTO merchant_asset_total (merchant_code, batteries,"
                + " current_bindings) VALUES (?, ?, ?)").params(merchantCode, count[0], count[1]).update());
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

    /** One transaction's changes to the totals, by merchant, written just before it commits. */
    private final class Tally implements TransactionSynchronization {

        private final Map<String, long[]> deltas = new TreeMap<>();

        void add(String merchantCode, long batteries, long currentBindings) {
            long[] delta = deltas.computeIfAbsent(keyOf(merchantCode), code -> new long[2]);
            delta[0] += batteries;
            delta[1] += currentBindings;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            deltas.forEach((merchantCode, delta) -> {
                if (delta[0] != 0 || delta[1] != 0) {
                    write(merchantCode, delta[0], delta[1]);
                }
            });
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(MerchantTotals.this);
        }

        /**
         * One statement that takes the row's exclusive lock whether it exists or not (an UPDATE of a missing row
         * would take a gap lock, and an INSERT hitting a duplicate a shared one: either deadlocks two first writers).
         */
        private void write(String merchantCode, long batteries, long currentBindings) {
            jdbc.sql("""
                    INSERT INTO merchant_asset_total (merchant_code, batteries, current_bindings) VALUES (?, ?, ?)
                    ON DUPLICATE KEY UPDATE batteries = batteries + ?, current_bindings = current_bindings + ?""")
                    .params(merchantCode, batteries, currentBindings, batteries, currentBindings).update();
        }
    }
}
