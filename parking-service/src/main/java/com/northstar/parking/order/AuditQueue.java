package com.northstar.parking.order;

import com.northstar.parking.support.EpochMillis;
import com.northstar.parking.support.Money;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.core.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The park's audit list (parkingAuditQuery): orders whose product is audited before payment, by audit state.
 * Awaiting ones come oldest first (the order they should be decided in), decided ones latest decision first.
 * Orders without audit are never listed. PARK tokens name no park, so every park is readable.
 */
@Service
class AuditQueue {

    static final int DEFAULT_PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final OrderViews views;

    AuditQueue(JdbcClient jdbc, OrderViews views) {
        this.jdbc = jdbc;
        this.views = views;
    }

    /** 400 for an audit state other than 01/03/04 or a page out of range. */
    @Transactional(readOnly = true)
    public KopPage<AuditOrderView> query(AuditQueryRequest request) {
        AuditState audit = auditState(request.auditStateBeforePay());
        PageRequest page = PageRequest.of(request.pageNo(), request.pageSize(), DEFAULT_PAGE_SIZE);
        StringBuilder where = new StringBuilder(" WHERE o.audit_state = ?");
        List<Object> params = new ArrayList<>(List.of(audit.code()));
        if (present(request.pmParkId())) {
            where.append(" AND p.park_id = ?");
            params.add(request.pmParkId().trim());
        }
        if (present(request.orgCode())) {
            where.append(" AND (o.first_org_code = ? OR o.second_org_code = ?)");
            params.add(request.orgCode().trim());
            params.add(request.orgCode().trim());
        }
        if (present(request.carNum())) {
            where.append(" AND EXISTS (SELECT 1 FROM parking_car c WHERE c.user_id = o.user_id AND c.car_num = ?)");
            params.add(request.carNum().trim().toUpperCase());
        }
        String from = " FROM parking_order o JOIN parking_product p ON p.id = o.product_id JOIN park k ON k.id = "
                + "p.park_id JOIN parking_user u ON u.id = o.user_id" + where;
        long total = jdbc.sql("SELECT COUNT(*)" + from).params(params).query(Long.class).single();
        if (total == 0 || page.offset() >= total) {
            return new KopPage<>(total, page.pageNo(), page.pageSize(), List.of());
        }
        String order = audit == AuditState.AWAITING ? " ORDER BY o.created_at, o.id"
                : " ORDER BY o.audited_at DESC, o.id DESC";
        params.add(page.pageSize());
        params.add(page.offset());
        List<AuditOrderView> rows = jdbc.sql("SELECT o.*, u.name AS user_name, u.phone AS user_phone, p.park_id, "
                        + "k.name AS park_name" + from + order + " LIMIT ? OFFSET ?")
                .params(params).query(this::row).list();
        Map<String, String> plates = platesOf(rows.stream().map(AuditOrderView::userInfoId).distinct().toList());
        return new KopPage<>(total, page.pageNo(), page.pageSize(),
                rows.stream().map(row -> row.withCarNums(plates.getOrDefault(row.userInfoId(), ""))).toList());
    }

    private static AuditState auditState(String code) {
        if (!present(code)) {
            return AuditState.AWAITING;
        }
        try {
            return AuditState.ofCode(code.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("field auditStateBeforePay must be 01, 03 or 04");
        }
    }

    /** Each user's plates, comma-separated in the order they came (as {@code carNums} everywhere). */
    private Map<String, String> platesOf(List<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(userIds.size(), "?"));
        return jdbc.sql("SELECT user_id, car_num FROM parking_car WHERE user_id IN (" + marks + ") ORDER BY id")
                .params(new ArrayList<Object>(userIds))
                .query((rs, row) -> Map.entry(rs.getString("user_id"), rs.getString("car_num"))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.joining(","))));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** An order row with its user and park; its plates come from {@link #platesOf}. */
    private AuditOrderView row(ResultSet rs, int row) throws SQLException {
        return new AuditOrderView(rs.getString("id"), rs.getString("card_id"), rs.getString("user_id"),
                rs.getString("user_name"), rs.getString("user_phone"), null, rs.getString("park_id"),
                rs.getString("park_name"), rs.getString("product_name"), rs.getInt("count"), epoch(rs, "start_dt"),
                epoch(rs, "end_dt"), Money.yuan(rs.getLong("amount_fen")), rs.getString("state"),
                epoch(rs, "created_at"), rs.getInt("order_type"), rs.getString("audit_state"),
                rs.getString("audit_remark"), rs.getString("audited_by"), epoch(rs, "audited_at"),
                rs.getString("duplicate_code"), rs.getString("first_org_name"), rs.getString("first_org_code"),
                rs.getString("second_org_name"), rs.getString("second_org_code"),
                views.extraInfo(rs.getString("extra_info")));
    }

    private static String epoch(ResultSet rs, String column) throws SQLException {
        return EpochMillis.of(rs.getObject(column, LocalDateTime.class));
    }
}
