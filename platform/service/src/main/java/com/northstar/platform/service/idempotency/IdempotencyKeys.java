package com.northstar.platform.service.idempotency;

import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.hmac.HmacSignature;
import com.northstar.platform.core.time.WireDates;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Commands that must not happen twice. The first request with a key runs and its answer is stored in the same
 * transaction; the same key with the same body returns that answer without running again; the same key with a
 * different body is a conflict. A concurrent duplicate waits on the key's row until the first commits.
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
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T execute(String operation, String key, Object request, Class<T> responseType, Supplier<T> command) {
        String requestHash = HmacSignature.sha256Hex(canonical.writeValueAsString(request)
                .getBytes(StandardCharsets.UTF_8));
        try {
            jdbc.sql("""
                    INSERT INTO idempotency_key (operation, idem_key, request_hash, created_at)
                    VALUES (?, ?, ?, ?)""")
                    .params(operation, key, requestHash, LocalDateTime.now(clock)).update();
        } catch (DuplicateKeyException seenBefore) {
            return replay(operation, key, requestHash, responseType);
        }
        T response = command.get();
        jdbc.sql("UPDATE idempotency_key SET response = ? WHERE operation = ? AND idem_key = ?")
                .params(json.writeValueAsString(response), operation, key).update();
        return response;
    }

    private <T> T replay(String operation, String key, String requestHash, Class<T> responseType) {
        StoredAnswer stored = jdbc.sql("""
                SELECT request_hash, response FROM idempotency_key WHERE operation = ? AND idem_key = ?""")
                .params(operation, key)
                .query((rs, row) -> new StoredAnswer(rs.getString("request_hash"), rs.getString("response")))
                .single();
        if (!stored.requestHash().equals(requestHash) || stored.response() == null) {
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
}
