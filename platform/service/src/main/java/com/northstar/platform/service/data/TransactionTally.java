package com.northstar.platform.service.data;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counters a transaction changes (a service's totals tables), added up while it runs and written once, just before
 * it commits: in key order, so two transactions never wait on each other's counter rows in a circle, and leaving out
 * the keys whose changes cancelled out (a move from one state to another of the same key writes nothing). The writes
 * commit or roll back with the change, so the counters are always the counts of the rows. The writer should take
 * the row's exclusive lock in one statement ({@code INSERT ... ON DUPLICATE KEY UPDATE n = n + ?}): an UPDATE of a
 * missing row takes a gap lock, an INSERT that meets a duplicate a shared one, and either deadlocks two first writers.
 *
 * @param <K> the counter row's key
 */
public final class TransactionTally<K extends Comparable<? super K>> {

    /** Writes one key's changes, one per counter (at least one of them not zero). */
    public interface Writer<K> {
        void write(K key, long[] changes);
    }

    private final int counters;
    private final Writer<K> writer;

    /** @param counters how many counters a key has (columns of its row) */
    public TransactionTally(int counters, Writer<K> writer) {
        this.counters = counters;
        this.writer = writer;
    }

    /** Adds {@code changes} (one per counter) to the key's changes in the current transaction. */
    public void add(K key, long... changes) {
        if (changes.length != counters) {
            throw new IllegalArgumentException(counters + " counters, " + changes.length + " changes");
        }
        long[] sum = ofThisTransaction().changes.computeIfAbsent(key, any -> new long[counters]);
        for (int i = 0; i < counters; i++) {
            sum[i] += changes[i];
        }
    }

    private Changes ofThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("counters change only inside a transaction");
        }
        Changes changes = (Changes) TransactionSynchronizationManager.getResource(this);
        if (changes == null) {
            changes = new Changes();
            TransactionSynchronizationManager.bindResource(this, changes);
            TransactionSynchronizationManager.registerSynchronization(changes);
        }
        return changes;
    }

    private final class Changes implements TransactionSynchronization {

        private final Map<K, long[]> changes = new TreeMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            changes.forEach((key, sum) -> {
                if (Arrays.stream(sum).anyMatch(change -> change != 0)) {
                    writer.write(key, sum);
                }
            });
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(TransactionTally.this);
        }
    }
}
