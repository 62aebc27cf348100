package com.northstar.platform.service.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import javax.sql.DataSource;

/**
 * Writes many rows fast: multi-row INSERT statements of {@link #ROWS_PER_STATEMENT} rows, sent as JDBC batches of
 * {@link #STATEMENTS_PER_BATCH} and committed a batch at a time. Plain JDBC on purpose: the ORM's per-row insert is
 * what a bulk load (benchmark data, demo data) must not pay for. Each service has one, built from its DataSource.
 */
public class MultiRowInserts {

    public static final int ROWS_PER_STATEMENT = 500;
    public static final int STATEMENTS_PER_BATCH = 4;

    /** The rows of one table: its columns and the values of row 1..count, in the columns' order. */
    public record Rows(String table, List<String> columns, long count, LongFunction<Object[]> row) {
    }

    private final DataSource dataSource;

    public MultiRowInserts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Inserts every row, in order.
     *
     * @param progress told the running total after each commit
     */
    public void insert(Rows rows, LongConsumer progress) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement full = connection.prepareStatement(insertOf(rows, ROWS_PER_STATEMENT))) {
                long written = 0;
                int pendingStatements = 0;
                while (rows.count() - written >= ROWS_PER_STATEMENT) {
                    bind(full, rows, written, ROWS_PER_STATEMENT);
                    full.addBatch();
                    written += ROWS_PER_STATEMENT;
                    if (++pendingStatements == STATEMENTS_PER_BATCH) {
                        full.executeBatch();
                        connection.commit();
                        pendingStatements = 0;
                        progress.accept(written);
                    }
                }
                full.executeBatch();
                int rest = (int) (rows.count() - written);
                if (rest > 0) {
                    try (PreparedStatement tail = connection.prepareStatement(insertOf(rows, rest))) {
                        bind(tail, rows, written, rest);
                        tail.executeUpdate();
                    }
                }
                connection.commit();
                progress.accept(rows.count());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static String insertOf(Rows rows, int count) {
        String row = "(" + String.join(", ", Collections.nCopies(rows.columns().size(), "?")) + ")";
        return "INSERT INTO " + rows.table() + " (" + String.join(", ", rows.columns()) + ") VALUES "
                + String.join(", ", Collections.nCopies(count, row));
    }

    private static void bind(PreparedStatement statement, Rows rows, long before, int count) throws SQLException {
        int index = 1;
        for (int i = 1; i <= count; i++) {
            Object[] values = rows.row().apply(before + i);
            if (values.length != rows.columns().size()) {
                throw new IllegalArgumentException(rows.table() + " row has " + values.length + " values for "
                        + rows.columns().size() + " columns");
            }
            for (Object value : values) {
                if (value == null) {
                    statement.setNull(index++, Types.NULL);
                } else {
                    statement.setObject(index++, value);
                }
            }
        }
    }
}
