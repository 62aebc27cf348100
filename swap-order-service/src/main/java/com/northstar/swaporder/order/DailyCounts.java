package com.northstar.swaporder.order;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code swapOrderDailyCounts}: completed and abnormal swaps per day of their start time. One grouped statement in
 * SQL both MySQL and the local runs' H2 take (CAST, not MySQL's DATE(); no column named day, a keyword in H2);
 * {@code order_type IN (0, 1)} (every order has one of the two) lets an operations caller's range be read off
 * {@code idx_swap_order_type_start} instead of the whole table, and a merchant's scope uses the merchant indexes.
 */
@Component
class DailyCounts {

    private final JdbcClient jdbc;

    DailyCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every day of the range, days without orders included (zeros), oldest first. */
    @Transactional(readOnly = true)
    public List<DailyCount> count(DailyCountsQuery query) {
        Map<String, DailyCount> counted = query.matchesNothing() ? Map.of() : countedDays(query);
        return query.days()
                .map(day -> counted.getOrDefault(day.toString(), new DailyCount(day.toString(), 0, 0)))
                .toList();
    }

    private Map<String, DailyCount> countedDays(DailyCountsQuery query) {
        String scope = query.visibleMerchants() == null ? ""
                : "AND (merchant_code IN (:merchants) OR device_merchant_code IN (:merchants))";
        JdbcClient.StatementSpec statement = jdbc.sql("""
                SELECT CAST(start_time AS DATE) AS start_day,
                       SUM(CASE WHEN order_state = 1 THEN 1 ELSE 0 END) AS completed,
                       SUM(CASE WHEN order_state IN (2, 3) THEN 1 ELSE 0 END) AS abnormal
                FROM swap_order
                WHERE order_type IN (0, 1) AND start_time >= :from AND start_time < :until %s
                GROUP BY CAST(start_time AS DATE)""".formatted(scope))
                .param("from", query.from().atStartOfDay())
                .param("until", query.to().plusDays(1).atStartOfDay());
        if (query.visibleMerchants() != null) {
            statement = statement.param("merchants", query.visibleMerchants());
        }
        return statement.query((rs, row) -> new DailyCount(rs.getDate("start_day").toLocalDate().toString(),
                rs.getLong("completed"), rs.getLong("abnormal")))
                .list().stream().collect(Collectors.toMap(DailyCount::date, Function.identity()));
    }
}
