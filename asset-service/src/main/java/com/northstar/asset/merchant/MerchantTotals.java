package com.northstar.asset.merchant;

import com.northstar.platform.service.data.TransactionTally;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per merchant, how many batteries it owns and how many current bindings its members have
 * ({@code merchant_asset_total}), so the unfiltered lists answer their {@code total} without counting a whole index.
 * Changes are added up per transaction and written just before it commits ({@link TransactionTally}): a swap that
 * ends one binding and starts another of the same merchant writes nothing.
 */
@Service
public class MerchantTotals {

    /** The key of batteries and bindings of no known merchant. */
    static final String NO_MERCHANT = "";

    private final JdbcClient jdbc;
    /** Per merchant: batteries, current bindings. */
    private final TransactionTally<String> tally = new TransactionTally<>(2, this::write);

    MerchantTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A battery was registered as the merchant's (null: of no known merchant). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void batteryRegistered(String merchantCode) {
        tally.add(keyOf(merchantCode), 1, 0);
    }

    /** A binding of the merchant's member began. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bindingBegan(String merchantCode) {
        tally.add(keyOf(merchantCode), 0, 1);
    }

    /** A binding of the merchant's member ended. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bindingEnded(String merchantCode) {
        tally.add(keyOf(merchantCode), 0, -1);
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

    /**
     * One statement that takes the row's exclusive lock whether it exists or not (see {@link TransactionTally}).
     */
    private void write(String merchantCode, long[] changes) {
        jdbc.sql("""
                INSERT INTO merchant_asset_total (merchant_code, batteries, current_bindings) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE batteries = batteries + ?, current_bindings = current_bindings + ?""")
                .params(merchantCode, changes[0], changes[1], changes[0], changes[1]).update();
    }
}
