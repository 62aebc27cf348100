package com.northstar.swaporder.demo;

import com.northstar.swaporder.order.SwapOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Writes many orders fast: multi-row INSERT statements of {@link #ROWS_PER_STATEMENT} rows, sent as JDBC batches
 * and committed a batch at a time. Plain JDBC on purpose: the ORM's per-row insert is what a benchmark load must
 * not pay for.
 */
@Component
class OrderBulkWriter {

    static final int ROWS_PER_STATEMENT = 500;
    static final int STATEMENTS_PER_BATCH = 4;

    private static final String[] COLUMNS = { "device_order_id", "device_id", "merchant_code", "device_merchant_code",
            "user_id", "phone", "user_name", "channel", "order_type", "order_state", "start_time", "complete_time",
            "new_battery", "old_battery", "pay_status", "pay_type", "borrow_box_no", "return_box_no",
            "borrow_electric", "return_electric", "package_name", "package_price", "operator_id", "operator_name",
            "operator_time", "remark", "created_at", "updated_at" };

    private final DataSource dataSource;

    OrderBulkWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds the cabinets this service does not know yet; known cabinets keep their owner. */
    int writeCabinetOwners(Map<String, String> owners, LocalDateTime now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Set<String> known = new HashSet<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT device_id FROM cabinet_owner")) {
                while (rows.next()) {
                    known.add(rows.getString(1));
                }
            }
            int added = 0;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO cabinet_owner (device_id, merchant_code, updated_at) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> owner : owners.entrySet()) {
                    if (known.add(owner.getKey())) {
                        insert.setString(1, owner.getKey());
                        insert.setString(2, owner.getValue());
                        insert.setObject(3, now);
                        insert.addBatch();
                        added++;
                    }
                }
                insert.executeBatch();
            }
            return added;
        }
    }

    /**
     * Inserts {@code count} orders made by {@code orders} from their sequence numbers 1..count.
     *
     * @param progress told the running total after each commit
     */
    void writeOrders(long count, LongFunction<SwapOrder> orders, LongConsumer progress)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement full = connection.prepareStatement(insertOf(ROWS_PER_STATEMENT))) {
                long written = 0;
                int pendingStatements = 0;
                while (count - written >= ROWS_PER_STATEMENT) {
                    bindRows(full, orders, written, ROWS_PER_STATEMENT);
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
                int rest = (int) (count - written);
                if (rest > 0) {
                    try (PreparedStatement tail = connection.prepareStatement(insertOf(rest))) {
                        bindRows(tail, orders, written, rest);
                        tail.executeUpdate();
                    }
                }
                connection.commit();
                progress.accept(count);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static String insertOf(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(COLUMNS.length, "?")) + ")";
        return "INSERT INTO swap_order (" + String.join(", ", COLUMNS) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    private static void bindRows(PreparedStatement statement, LongFunction<SwapOrder> orders, long before, int rows)
            throws SQLException {
        int index = 1;
        for (int row = 1; row <= rows; row++) {
            SwapOrder order = orders.apply(before + row);
            Object[] values = { order.getDeviceOrderId(), order.getDeviceId(), order.getMerchantCode(),
                    order.getDeviceMerchantCode(), order.getUserId(), order.getPhone(), order.getUserName(),
                    order.getChannel(), order.getOrderType(), order.getOrderState(), order.getStartTime(),
                    order.getCompleteTime(), order.getNewBattery(), order.getOldBattery(), order.getPayStatus(),
                    order.getPayType(), order.getBorrowBoxNo(), order.getReturnBoxNo(), order.getBorrowElectric(),
                    order.getReturnElectric(), order.getPackageName(), order.getPackagePrice(), order.getOperatorId(),
                    order.getOperatorName(), order.getOperatorTime(), order.getRemark(), order.getCreatedAt(),
                    order.getUpdatedAt() };
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
