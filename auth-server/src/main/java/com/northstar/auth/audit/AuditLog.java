package com.northstar.auth.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code auth_audit} table. A row is written in the transaction of the change it records, so a change is never
 * without its row, and a refused login's row is written whatever else fails.
 */
@Component
public class AuditLog {

    public static final String SYSTEM = "system";
    private static final int MAX_NAME = 64;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void success(AuditEvent event, String username, String actor, String clientIp, String detail) {
        write(event, "SUCCESS", username, actor, clientIp, detail);
    }

    public void failure(AuditEvent event, String username, String actor, String clientIp, String detail) {
        write(event, "FAILURE", username, actor, clientIp, detail);
    }

    /** Newest first; {@code username} null: every account. */
    public List<AuditRecord> newest(String username, int offset, int limit) {
        String where = username == null ? "" : " WHERE username = :username";
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT id, occurred_at, event, outcome, username, actor,"
                + " client_ip, detail FROM auth_audit" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset);
        if (username != null) {
            statement = statement.param("username", username);
        }
        return statement.query((row, n) -> new AuditRecord(row.getLong("id"),
                row.getTimestamp("occurred_at").toInstant(), AuditEvent.valueOf(row.getString("event")),
                row.getString("outcome"), row.getString("username"), row.getString("actor"),
                row.getString("client_ip"), row.getString("detail"))).list();
    }

    private void write(AuditEvent event, String outcome, String username, String actor, String clientIp,
            String detail) {
        jdbc.sql("INSERT INTO auth_audit (occurred_at, event, outcome, username, actor, client_ip, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), event.name(), outcome, truncate(username, MAX_NAME),
                        truncate(actor, MAX_NAME), truncate(clientIp, 45), truncate(detail, 255))
                .update();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
