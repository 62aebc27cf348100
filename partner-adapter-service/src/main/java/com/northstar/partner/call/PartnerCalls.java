package com.northstar.partner.call;

import static com.northstar.partner.support.Text.clip;

import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.tracing.TraceContexts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code partner_call} table: recording, claiming and ending calls, every state change checked by
 * {@link CallState}.
 */
@Component
public class PartnerCalls {

    private static final int LAST_ERROR_WIDTH = 500;
    private static final String COLUMNS = "id, operation, call_key, request_json, state, attempts, next_attempt_at, "
            + "last_error, created_at, updated_at, trace_parent";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ObjectProvider<CallDispatcher> dispatcher;
    private final TraceContexts traces;

    PartnerCalls(JdbcClient jdbc, JsonMapper json, Clock clock, ObjectProvider<CallDispatcher> dispatcher,
            TraceContexts traces) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock.withZone(WireDates.ZONE);
        this.dispatcher = dispatcher;
        this.traces = traces;
    }

    /**
     * Records a call in the caller's transaction (a consumer's {@code handleOnce}, so a redelivered event records
     * nothing), with the caller's trace context; the dispatcher is woken once it commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CallOperation operation, String key, Object request, String sourceEventId) {
        LocalDateTime now = now();
        jdbc.sql("""
                INSERT INTO partner_call (operation, call_key, request_json, state, attempts, next_attempt_at,
                    source_event_id, created_at, updated_at, trace_parent)
                VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)""")
                .params(operation.name(), key, json.writeValueAsString(request), CallState.PENDING.name(), now,
                        sourceEventId, now, now, traces.currentTraceparent())
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.ifAvailable(CallDispatcher::wakeUp);
            }
        });
    }

    /** Whether a call of this operation and key was ever recorded (a refundNo is refunded by one call only). */
    public boolean exists(CallOperation operation, String key) {
        return jdbc.sql("SELECT COUNT(*) FROM partner_call WHERE operation = ? AND call_key = ?")
                .params(operation.name(), key).query(Long.class).single() > 0;
    }

    /**
     * Open calls that are due, are not claimed, and have no earlier open call of their key: the first open call
     * of a key holds back the rest, so a key's calls reach Weichuang in the order they were recorded.
     */
    List<PartnerCall> due(int limit) {
        LocalDateTime now = now();
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM partner_call c
                WHERE c.state IN ('PENDING', 'PARKED') AND c.next_attempt_at <= ?
                  AND (c.claimed_until IS NULL OR c.claimed_until < ?)
                  AND NOT EXISTS (SELECT 1 FROM partner_call e
                                   WHERE e.operation = c.operation AND e.call_key = c.call_key AND e.id < c.id
                                     AND e.state IN ('PENDING', 'PARKED'))
                ORDER BY c.next_attempt_at, c.id
                LIMIT ?""")
                .params(now, now, limit).query(this::row).list();
    }

    /**
     * Claims a call for one delivery round with a compare-and-set update: of several instances that saw it due,
     * exactly one gets the token.
     */
    Optional<String> claim(PartnerCall call, Duration lease) {
        LocalDateTime now = now();
        String token = UUID.randomUUID().toString();
        int claimed = jdbc.sql("""
                UPDATE partner_call SET claim_token = ?, claimed_until = ?, attempts = attempts + 1, updated_at = ?
                 WHERE id = ? AND state IN ('PENDING', 'PARKED') AND (claimed_until IS NULL OR claimed_until < ?)""")
                .params(token, now.plus(lease), now, call.id(), now).update();
        return claimed == 1 ? Optional.of(token) : Optional.empty();
    }

    /**
     * Moves a claimed call on and releases the claim.
     *
     * @return false when the claim was lost (the lease ran out and another instance took the call)
     */
    boolean end(PartnerCall call, String token, CallState next, LocalDateTime nextAttemptAt, String error) {
        call.state().moveTo(next);
        return jdbc.sql("""
                UPDATE partner_call SET state = ?, next_attempt_at = ?, last_error = ?, claim_token = NULL,
                       claimed_until = NULL, updated_at = ?
                 WHERE id = ? AND claim_token = ? AND state IN ('PENDING', 'PARKED')""")
                .params(next.name(), nextAttemptAt, clip(error, LAST_ERROR_WIDTH), now(), call.id(), token)
                .update() == 1;
    }

    Optional<PartnerCall> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM partner_call WHERE id = ?").param(id).query(this::row).optional();
    }

    /** OPS: an open call becomes PENDING and due now. @return false when it is no longer open */
    boolean makeDueNow(PartnerCall call) {
        call.state().moveTo(CallState.PENDING);
        LocalDateTime now = now();
        return jdbc.sql("""
                UPDATE partner_call SET state = 'PENDING', next_attempt_at = ?, updated_at = ?
                 WHERE id = ? AND state IN ('PENDING', 'PARKED')""")
                .params(now, now, call.id()).update() == 1;
    }

    long countParked() {
        return jdbc.sql("SELECT COUNT(*) FROM partner_call WHERE state = 'PARKED'").query(Long.class).single();
    }

    List<PartnerCall> page(PartnerCallQuery query) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM partner_call" + query.where()
                + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .paramSource(query.parameters()).query(this::row).list();
    }

    long count(PartnerCallQuery query) {
        return jdbc.sql("SELECT COUNT(*) FROM partner_call" + query.where())
                .paramSource(query.parameters()).query(Long.class).single();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private PartnerCall row(ResultSet row, int n) throws SQLException {
        return new PartnerCall(row.getLong("id"), CallOperation.valueOf(row.getString("operation")),
                row.getString("call_key"), row.getString("request_json"), CallState.valueOf(row.getString("state")),
                row.getInt("attempts"), row.getObject("next_attempt_at", LocalDateTime.class),
                row.getString("last_error"), row.getObject("created_at", LocalDateTime.class),
                row.getObject("updated_at", LocalDateTime.class), row.getString("trace_parent"));
    }
}
