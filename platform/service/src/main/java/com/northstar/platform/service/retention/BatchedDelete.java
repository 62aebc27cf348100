package com.northstar.platform.service.retention;

import java.time.LocalDateTime;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes rows older than a cutoff a batch at a time, each batch its own short statement outside any
 * transaction, so a large backlog never holds locks on (or fills the undo log of) a busy table for long.
 */
public final class BatchedDelete {

    public static final int BATCH_SIZE = 1000;

    private BatchedDelete() {
    }

    /**
     * @param table      the table
     * @param timeColumn the column compared with {@code cutoff}; it should be indexed
     * @param mayGoOn    asked before every batch after the first; false stops with rows possibly left
     * @return the rows deleted, and whether none older than the cutoff are left
     */
    public static Deleted olderThan(JdbcClient jdbc, String table, String timeColumn, LocalDateTime cutoff,
            BooleanSupplier mayGoOn) {
        String delete = "DELETE FROM " + table + " WHERE " + timeColumn + " < ? LIMIT " + BATCH_SIZE;
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(delete).param(cutoff).update();
            total += deleted;
        } while (deleted == BATCH_SIZE && mayGoOn.getAsBoolean());
        return new Deleted(total, deleted < BATCH_SIZE);
    }

    /** @param complete whether every row older than the cutoff is gone */
    public record Deleted(int rows, boolean complete) {
    }
}
