package com.northstar.swaporder.demo;

import com.northstar.platform.service.data.MultiRowInserts;
import com.northstar.swaporder.order.SwapOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Writes the orders and cabinet owners of the demo data and the benchmark's load in bulk (the platform's
 * {@link MultiRowInserts}: the ORM's per-row insert is what a benchmark load must not pay for).
 */
@Component
class OrderBulkWriter {

    private static final List<String> COLUMNS = List.of("device_order_id", "device_id", "merchant_code",
            "device_merchant_code", "user_id", "phone", "user_name", "channel", "order_type", "order_state", "start_time", "complete_time",
            "new_battery", "old_battery", "pay_status", "pay_type", "borrow_box_no", "return_box_no",
            "borrow_electric", "return_electric", "package_name", "package_price", "operator_id", "operator_name",
            "operator_time", "remark", "created_at", "updated_at");

    private final DataSource dataSource;
    private final MultiRowInserts inserts;

    OrderBulkWriter(DataSource dataSource, MultiRowInserts inserts) {
        this.dataSource = dataSource;
        this.inserts = inserts;
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
    void writeOrders(long count, LongFunction<SwapOrder> orders, LongConsumer progress) throws SQLException {
        inserts.insert(new MultiRowInserts.Rows("swap_order", COLUMNS, count, sequence -> columns(orders.apply(
                sequence))), progress);
    }

    private static Object[] columns(SwapOrder order) {
        return new Object[] { order.getDeviceOrderId(), order.getDeviceId(), order.getMerchantCode(),
                order.getDeviceMerchantCode(), order.getUserId(), order.getPhone(), order.getUserName(),
                order.getChannel(), order.getOrderType(), order.getOrderState(), order.getStartTime(),
                order.getCompleteTime(), order.getNewBattery(), order.getOldBattery(), order.getPayStatus(),
                order.getPayType(), order.getBorrowBoxNo(), order.getReturnBoxNo(), order.getBorrowElectric(),
                order.getReturnElectric(), order.getPackageName(), order.getPackagePrice(), order.getOperatorId(),
                order.getOperatorName(), order.getOperatorTime(), order.getRemark(), order.getCreatedAt(),
                order.getUpdatedAt() };
    }
}
