package com.northstar.storedvalue.support;

import com.northstar.platform.core.error.ApiException;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Card versions on the wire. A card's version is the epoch millisecond of its last change ({@code card.changed_at},
 * strictly increasing); the {@code timestamp} a command carries is the moment its till last read the card (from
 * {@code svOperationStamp} #28 or a refund draft). A card changed after that moment was changed behind the till's
 * back: the command is stale (601) and changes nothing.
 */
@Component
public class CardStamps {

    private final Clock clock;

    CardStamps(Clock clock) {
        this.clock = clock;
    }

    /** A fresh stamp: now, in epoch milliseconds. */
    public String now() {
        return Long.toString(clock.millis());
    }

    public long nowMillis() {
        return clock.millis();
    }

    /** The {@code timestamp} of a command: required, epoch milliseconds; 400 otherwise. */
    public static long parse(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            throw ApiException.badRequest("missing required field timestamp (the card's version: svOperationStamp)");
        }
        try {
            return Long.parseLong(timestamp.trim());
        } catch (NumberFormatException notMillis) {
            throw ApiException.badRequest("field timestamp must be epoch milliseconds");
        }
    }
}
