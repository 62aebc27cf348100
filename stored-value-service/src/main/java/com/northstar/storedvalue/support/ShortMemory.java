package com.northstar.storedvalue.support;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reference rows a request looks up every time (a tenant, a shop, a card class), kept for a short while: they change
 * only with the reference data, and each lookup was a statement on every card command. What was not found is looked
 * up again every time.
 */
public final class ShortMemory<V> {

    private record Kept<V>(V value, long until) {
    }

    private final Clock clock;
    private final long keepMillis;
    private final Map<String, Kept<V>> kept = new ConcurrentHashMap<>();

    public ShortMemory(Clock clock, Duration keep) {
        this.clock = clock;
        this.keepMillis = keep.toMillis();
    }

    /** The value kept under {@code key}, or what {@code lookup} finds now (null: nothing). */
    public Optional<V> get(String key, Supplier<V> lookup) {
        long now = clock.millis();
        Kept<V> known = kept.get(key);
        if (known != null && known.until() > now) {
            return Optional.of(known.value());
        }
        V found = lookup.get();
        if (found == null) {
            kept.remove(key);
            return Optional.empty();
        }
        kept.put(key, new Kept<>(found, now + keepMillis));
        return Optional.of(found);
    }
}
