package com.northstar.platform.service.idempotency;

import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.hmac.HmacSignature;
import com.northstar.platform.core.time.WireDates;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Commands that must not happen twice. The first request with a key runs and its answer is stored in the same
 * transaction; the same key with the same body returns that answer without running again; the same key with a
 * different body is a conflict.
 *
 * <p>Concurrent duplicates queue on the key's row. The claim is an {@code INSERT ... ON DUPLICATE KEY UPDATE},
 * which on a duplicate takes the row's exclusive lock and so waits until the first request's transaction ends; the
 * stored answer is then re-read with {@code FOR UPDATE}, which sees the committed row whatever the transaction's
 * snapshot. A plain {@code INSERT} would not do: on a duplicate InnoDB gives each waiter a shared lock, and two
 * waiters both upgrading to read for update deadlock each other. If the first request rolls back, the row is gone
 * and the next waiter runs the command itself.
 *
 * <p>What the database still refuses (InnoDB picks a deadlock victim when several waiters race for a key whose
 * first holder rolled back; a lock wait that outlasts {@code innodb_lock_wait_timeout}) is answered with
 * {@link RetryLaterException}, a 503: the transaction is rolled back whole and, the command being idempotent, the
 * caller may simply send it again.
 */
public class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final JsonMapper canonical;
    private final Clock clock;

    public IdempotencyKeys(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.canonical = json.rebuild().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /**
     * Runs {@code command} once per {@code (operation, key)}.
     *
     * @param operation    the catalog id of the command; keys of different operations never collide
     * @param key          the caller's idempotency key
     * @param request      the request whose content must match on a retry
     * @param responseType the type of the stored answer
     * @throws IdempotencyConflictException when the key was used with different content
     * @throws RetryLaterException          when the database gave up waiting for a concurrent request with the key
     *                                      (or a lock the command needed); nothing was done
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T execute(String operation, String key, Object request, Class<T> responseType, Supplier<T> command) {
        String requestHash = HmacSignature.sha256Hex(canonical.writeValueAsString(request)
                .getBytes(StandardCharsets.UTF_8));
        try {
            StoredAnswer stored = claim(operation, key, requestHash);
            if (stored.response() != null) {
                return replay(key, requestHash, stored, responseType);
            }
            T response = command.get();
            jdbc.sql("UPDATE idempotency_key SET response = ? WHERE operation = ? AND idem_key = ?")
                    .params(json.writeValueAsString(response), operation, key).update();
            return response;
        } catch (PessimisticLockingFailureException lockLost) {
            throw new RetryLaterException(key);
        }
    }

    /**
     * Inserts the key's row, or waits for and locks the one a request before this one committed. A row without an
     * answer is this transaction's own: the answer is written in the transaction that inserts the row.
     */
    private StoredAnswer claim(String operation, String key, String requestHash) {
        jdbc.sql("""
                INSERT INTO idempotency_key (operation, idem_key, request_hash, created_at)
                VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE idem_key = idem_key""")
                .params(operation, key, requestHash, LocalDateTime.now(clock)).update();
        return jdbc.sql("""
                SELECT request_hash, response FROM idempotency_key WHERE operation = ? AND idem_key = ?
                FOR UPDATE""")
                .params(operation, key)
                .query((rs, row) -> new StoredAnswer(rs.getString("request_hash"), rs.getString("response")))
                .single();
    }

    private <T> T replay(String key, String requestHash, StoredAnswer stored, Class<T> responseType) {
        if (!stored.requestHash().equals(requestHash)) {
            throw new IdempotencyConflictException(key);
        }
        return json.readValue(stored.response(), responseType);
    }

    private record StoredAnswer(String requestHash, String response) {
    }

    /** The key was already used for a request with other content. */
    public static class IdempotencyConflictException extends ApiException {

        public IdempotencyConflictException(String key) {
            super(409, 409, "idempotency key " + key + " was already used with different content");
        }
    }

    /** A concurrent request with the key (or a lock the command needed) could not be waited for; send it again. */
    public static class RetryLaterException extends ApiException {

        public RetryLaterException(String key) {
            super(503, 503, "a concurrent request with idempotency key " + key + " is in the way, please retry");
        }
    }
}
