package com.northstar.partner.weichuang;

import static com.northstar.partner.support.Text.clip;

import com.northstar.platform.core.logging.PiiMasking;
import com.northstar.platform.core.time.WireDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every HTTP attempt of every Weichuang call, queries too: operation, request id, attempt, status, outcome,
 * latency and the request with phone and ID numbers masked. Written outside any business transaction, so an
 * attempt is logged even when what it was for rolls back.
 */
@Component
public class CallLog {

    private static final int MAX_TEXT = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    CallLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /** What one attempt came to. */
    public enum Outcome {
        SUCCESS, ALREADY_PROCESSED, REFUSED, UNAVAILABLE
    }

    /** One logged attempt, as partnerCallQuery shows it. */
    public record Attempt(long callId, int attempt, String requestId, Integer status, String outcome, long latencyMs,
            String error, LocalDateTime attemptedAt) {
    }

    void record(WeichuangOperation operation, Long callId, String requestId, int attempt, Integer status,
            Outcome outcome, long latencyMs, Object request, String error) {
        jdbc.sql("""
                INSERT INTO partner_call_attempt (call_id, operation, request_id, attempt, http_status, outcome,
                    latency_ms, masked_request, error, attempted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(callId, operation.name(), requestId, attempt, status, outcome.name(), latencyMs,
                        clip(PiiMasking.mask(json.writeValueAsString(request)), MAX_TEXT),
                        clip(PiiMasking.mask(error), MAX_TEXT),
                        LocalDateTime.now(clock))
                .update();
    }

    /** The last {@code perCall} attempts of each call, newest first. */
    public List<Attempt> lastAttempts(Collection<Long> callIds, int perCall) {
        if (callIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT call_id, attempt, request_id, http_status, outcome, latency_ms, error, attempted_at
                FROM (SELECT a.*, ROW_NUMBER() OVER (PARTITION BY call_id ORDER BY id DESC) AS newest
                      FROM partner_call_attempt a WHERE call_id IN (:ids)) ranked
                WHERE newest <= :perCall ORDER BY call_id, newest""")
                .param("ids", callIds).param("perCall", perCall)
                .query((row, n) -> new Attempt(row.getLong("call_id"), row.getInt("attempt"),
                        row.getString("request_id"), (Integer) row.getObject("http_status", Integer.class),
                        row.getString("outcome"), row.getLong("latency_ms"), row.getString("error"),
                        row.getObject("attempted_at", LocalDateTime.class)))
                .list();
    }
}
