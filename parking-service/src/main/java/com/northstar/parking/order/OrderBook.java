package com.northstar.parking.order;

import com.northstar.platform.core.error.ApiException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of cards, products and orders, and the one lock order every command keeps: the card first, then its
 * order. Every order move is a compare-and-set on the state it leaves.
 */
@Repository
class OrderBook {

    /** A card locked for a command, with what its product says. */
    record LockedCard(String id, String userId, String productId, LocalDateTime renewEndDt, boolean paid,
            String parkId, String productVersionId, String productName, String unitType, String cardType,
            long priceInsideFen, long priceOutsideFen, boolean auditBeforePay, String isLink) {
    }

    private static final String ORDER_COLUMNS = "id, card_id, amount_fen, state, audit_state, payable_since, "
            + "transaction_id, end_dt";

    private final JdbcClient jdbc;

    OrderBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the card (404 when unknown). */
    LockedCard lockCard(String cardId) {
        jdbc.sql("SELECT id FROM parking_card WHERE id = ? FOR UPDATE").param(cardId).query(String.class).optional()
                .orElseThrow(() -> ApiException.notFound("no such card"));
        return jdbc.sql("""
                SELECT c.id, c.user_id, c.product_id, c.renew_end_dt, c.paid, p.park_id, p.version_id AS product_version_id,
                       p.name AS product_name, p.unit_type, c.card_type, p.price_inside_fen, p.price_outside_fen,
                       p.audit_before_pay, p.is_link
                FROM parking_card c JOIN parking_product p ON p.id = c.product_id WHERE c.id = ?""")
                .param(cardId).query(LockedCard.class).single();
    }

    /** Locks the order's card and then the order (404 when the order is unknown). */
    Order lockOrderWithCard(String orderId) {
        String cardId = jdbc.sql("SELECT card_id FROM parking_order WHERE id = ?").param(orderId).query(String.class)
                .optional().orElseThrow(() -> ApiException.notFound("no such order"));
        lockCard(cardId);
        return jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM parking_order WHERE id = ? FOR UPDATE").param(orderId)
                .query(OrderBook::order).single();
    }

    /** The card's open order (see {@link Order#isOpen}), if any. */
    Optional<Order> openOrderOf(String cardId) {
        return jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM parking_order WHERE open_card_id = ?").param(cardId)
                .query(OrderBook::order).optional();
    }

    /** Ids of payable orders whose period ended by {@code dueBefore}, oldest first. */
    List<String> dueOrders(LocalDateTime payableBefore, int limit) {
        return jdbc.sql("SELECT id FROM parking_order WHERE state = ? AND payable_since <= ? "
                        + "ORDER BY payable_since LIMIT " + limit)
                .params(OrderState.CREATED.code(), payableBefore).query(String.class).list();
    }

    boolean isCardPaid(String cardId) {
        return jdbc.sql("SELECT paid FROM parking_card WHERE id = ?").param(cardId).query(Boolean.class).single();
    }

    void insert(NewOrder order) {
        jdbc.sql("""
                INSERT INTO parking_order (id, card_id, user_id, product_id, product_v_id, product_name, price_type, count,
                    start_dt, end_dt, amount_fen, state, order_type, card_type, is_link, audit_before_pay, audit_state,
                    payable_since, extra_info, duplicate_code, user_department, first_org_name, first_org_code,
                    second_org_name, second_org_code, open_card_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(order.id(), order.cardId(), order.userId(), order.productId(), order.productVersionId(),
                        order.productName(), order.priceType(), order.count(), order.startDt(), order.endDt(),
                        order.amountFen(), OrderState.CREATED.code(), order.orderType(), order.cardType(),
                        order.isLink(), order.audit() != null, order.audit() == null ? null : order.audit().code(),
                        order.audit() == null ? order.createdAt() : null, order.extraInfoJson(),
                        order.duplicateCode(), order.userDepartment(), order.firstOrgName(), order.firstOrgCode(),
                        order.secondOrgName(), order.secondOrgCode(), order.cardId(), order.createdAt(),
                        order.createdAt())
                .update();
        jdbc.sql("UPDATE parking_card SET state = ?, last_order_id = ?, updated_at = ? WHERE id = ?")
                .params(CardState.RENEWING.code(), order.id(), order.createdAt(), order.cardId()).update();
    }

    /** Moves the order; false when it was no longer in {@code from} (nothing changed). */
    boolean move(Order order, OrderState to, String transactionId, LocalDateTime paidAt, LocalDateTime now) {
        if (!order.state().mayMoveTo(to)) {
            throw new IllegalStateException("order " + order.id() + " cannot move from " + order.state() + " to " + to);
        }
        return jdbc.sql("UPDATE parking_order SET state = ?, transaction_id = COALESCE(?, transaction_id), "
                        + "pay_suc_dt = COALESCE(?, pay_suc_dt), open_card_id = NULL, updated_at = ? "
                        + "WHERE id = ? AND state = ?")
                .params(to.code(), transactionId, paidAt, now, order.id(), order.state().code()).update() == 1;
    }

    /** The park's decision; an approved order is payable from {@code now}, a rejected one no longer open. */
    boolean decide(Order order, AuditState decision, String remark, String decidedBy, LocalDateTime now) {
        if (order.audit() == null || !order.audit().mayMoveTo(decision)) {
            throw new IllegalStateException("order " + order.id() + " cannot be decided " + decision);
        }
        return jdbc.sql("UPDATE parking_order SET audit_state = ?, audit_remark = ?, audited_by = ?, audited_at = ?, "
                        + "payable_since = ?, open_card_id = ?, updated_at = ? "
                        + "WHERE id = ? AND state = ? AND audit_state = ?")
                .params(decision.code(), remark, decidedBy, now, decision == AuditState.APPROVED ? now : null,
                        decision == AuditState.APPROVED ? order.cardId() : null, now, order.id(),
                        OrderState.CREATED.code(), order.audit().code())
                .update() == 1;
    }

    /** The order's payment arrived: the card runs until the order's end and is paid. */
    void extendCard(Order order, LocalDateTime now) {
        jdbc.sql("UPDATE parking_card SET renew_end_dt = ?, end_dt = ?, paid = TRUE, state = ?, last_order_id = ?, "
                        + "updated_at = ? WHERE id = ?")
                .params(order.endDt(), order.endDt(), CardState.VALID.code(), order.id(), now, order.cardId()).update();
    }

    /** The card's open order closed without payment (timed out or rejected, or money to refund). */
    void releaseCard(String cardId, boolean timedOut, LocalDateTime now) {
        jdbc.sql("UPDATE parking_card SET state = ?, updated_at = ? WHERE id = ?")
                .params(CardState.afterOrderClosed(isCardPaid(cardId), timedOut).code(), now, cardId).update();
    }

    private static Order order(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Order(rs.getString("id"), rs.getString("card_id"), rs.getLong("amount_fen"),
                OrderState.ofCode(rs.getString("state")), AuditState.ofCode(rs.getString("audit_state")),
                rs.getObject("payable_since", LocalDateTime.class), rs.getString("transaction_id"),
                rs.getObject("end_dt", LocalDateTime.class));
    }
}
