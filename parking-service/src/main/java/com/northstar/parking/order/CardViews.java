package com.northstar.parking.order;

import com.northstar.parking.support.EpochMillis;
import com.northstar.parking.support.Money;
import com.northstar.parking.support.ParkingClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The cards of a user as the user operations show them, with due timeouts applied first. */
@Service
public class CardViews {

    private final JdbcClient jdbc;
    private final OrderTimeouts timeouts;
    private final ParkingClock clock;

    CardViews(JdbcClient jdbc, OrderTimeouts timeouts, ParkingClock clock) {
        this.jdbc = jdbc;
        this.timeouts = timeouts;
        this.clock = clock;
    }

    public List<CardView> ofUser(String userId) {
        List<String> cardIds = jdbc.sql("SELECT id FROM parking_card WHERE user_id = ?").param(userId)
                .query(String.class).list();
        cardIds.forEach(timeouts::expireDueOf);
        LocalDateTime now = clock.now();
        return jdbc.sql("""
                SELECT c.*, p.version_id, p.price_inside_fen, p.unit_type, p.rent_type,
                       o.state AS order_state, o.audit_state, o.amount_fen, o.remark AS order_remark
                FROM parking_card c
                JOIN parking_product p ON p.id = c.product_id
                LEFT JOIN parking_order o ON o.id = c.last_order_id
                WHERE c.user_id = ? ORDER BY c.created_at, c.id""")
                .param(userId).query((rs, row) -> card(rs, now)).list();
    }

    /** Whether the card may be renewed now ({@code canRePay} "0"): it has no open order. */
    public boolean mayRenew(String cardId) {
        return jdbc.sql("SELECT COUNT(*) FROM parking_order WHERE open_card_id = ?").param(cardId)
                .query(Long.class).single() == 0;
    }

    private static CardView card(ResultSet rs, LocalDateTime now) throws SQLException {
        String orderState = rs.getString("order_state");
        LocalDateTime renewEndDt = rs.getObject("renew_end_dt", LocalDateTime.class);
        long orderAmount = rs.getLong("amount_fen");
        boolean hasOrder = orderState != null;
        return new CardView(rs.getString("id"), rs.getString("product_id"), rs.getString("version_id"),
                Money.yuanText(rs.getLong("price_inside_fen")), rs.getString("unit_type"), rs.getString("rent_type"),
                rs.getString("last_order_id"), rs.getString("order_remark"), rs.getString("cm_user_id"),
                rs.getString("user_id"), rs.getString("user_name"), epoch(rs, "start_dt"), epoch(rs, "end_dt"),
                EpochMillis.of(renewEndDt), rs.getString("state"), rs.getString("remark"), epoch(rs, "created_at"),
                rs.getString("card_type"), rs.getString("audit_state"),
                CardStatus.of(renewEndDt, hasOrder ? OrderState.ofCode(orderState) : null,
                        AuditState.ofCode(rs.getString("audit_state")), now).code(),
                orderState, hasOrder ? Money.yuan(orderAmount) : null);
    }

    private static String epoch(ResultSet rs, String column) throws SQLException {
        return EpochMillis.of(rs.getObject(column, LocalDateTime.class));
    }
}
