package com.northstar.storedvalue.support;

import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.service.idempotency.IdempotencyKeys;
import com.northstar.platform.service.idempotency.IdempotencyKeys.IdempotencyConflictException;
import com.northstar.storedvalue.tenancy.TenantScope;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed's serial numbers ({@code code}, {@code orderCode}, {@code billNo}, {@code rechargeCode}) as idempotency
 * keys, per tenant: the same serial with the same content answers what the first request answered and does
 * nothing again (a concurrent duplicate waits for the first); with other content it is 801. A refused command
 * (605, 603, ...) leaves no answer behind: nothing was done, so the serial is still free.
 */
@Component
public class OncePerSerial {

    private final IdempotencyKeys keys;

    OncePerSerial(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /**
     * Runs {@code command} once per serial of {@code operation} in the scoped tenant.
     *
     * @param answerType the type of what the command answers (the envelope's {@code data}), kept for replays
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T run(String operation, String serial, Object request, Class<T> answerType, Supplier<T> command) {
        return once(operation, serial, request, answerType, command,
                () -> StoredValueStatus.DUPLICATE_SERIAL.refuse("serial " + serial
                        + " was already used for another request"));
    }

    /**
     * Runs a card command that has no serial of its own once per card version: the card number and the
     * {@code timestamp} the till read it at are the key. The same request again (a till retrying) answers what the
     * first answered; another request with that timestamp comes after the card changed, so it is stale (601).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T runOncePerVersion(String operation, String cardCode, long timestamp, Object request,
            Class<T> answerType, Supplier<T> command) {
        return once(operation, "card:" + cardCode + "@" + timestamp, request, answerType, command,
                () -> StoredValueStatus.CARD_UNUSABLE.refuse("the card changed after it was read (timestamp "
                        + timestamp + "); read it again and retry"));
    }

    private <T> T once(String operation, String key, Object request, Class<T> answerType, Supplier<T> command,
            Supplier<StoredValueRefusal> reused) {
        try {
            return keys.execute(operation, TenantScope.current() + ":" + key, request, answerType, command);
        } catch (IdempotencyConflictException conflict) {
            throw reused.get();
        }
    }

    /** A required serial: 400 when missing, too long for a key. */
    public static String serial(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing required field " + field);
        }
        if (value.length() > 64) {
            throw ApiException.badRequest("field " + field
                    + " is longer than 64 characters");
        }
        return value.trim();
    }
}
