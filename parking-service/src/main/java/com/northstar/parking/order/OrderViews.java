package com.northstar.parking.order;

import com.northstar.parking.support.EpochMillis;
import com.northstar.parking.support.Money;
import com.northstar.platform.core.error.ApiException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
class OrderViews {

    private static final TypeReference<List<ExtraInfo>> EXTRA_INFO = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OrderViews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    OrderView of(String orderId) {
        return jdbc.sql("SELECT * FROM parking_order WHERE id = ?").param(orderId)
                .query((rs, row) -> new OrderView(rs.getString("user_id"), rs.getString("id"),
                        rs.getString("card_id"), rs.getString("product_name"), rs.getString("product_id"),
                        rs.getString("product_v_id"), rs.getInt("count"), epoch(rs, "start_dt"),
                        epoch(rs, "end_dt"), Money.yuan(rs.getLong("amount_fen")), rs.getString("state"),
                        epoch(rs, "created_at"), rs.getBoolean("audit_before_pay") ? "0" : "1",
                        rs.getString("audit_state"), extraInfo(rs.getString("extra_info")), rs.getString("card_type"),
                        rs.getString("is_link"), rs.getInt("order_type"), epoch(rs, "pay_suc_dt")))
                .optional().orElseThrow(() -> ApiException.notFound("no such order"));
    }

    String write(List<ExtraInfo> extraInfo) {
        return json.writeValueAsString(extraInfo);
    }

    private static String epoch(ResultSet rs, String column) throws SQLException {
        return EpochMillis.of(rs.getObject(column, LocalDateTime.class));
    }

    List<ExtraInfo> extraInfo(String stored) {
        return stored == null ? List.of() : json.readValue(stored, EXTRA_INFO);
    }
}
