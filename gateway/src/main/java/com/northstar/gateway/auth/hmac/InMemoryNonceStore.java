package com.northstar.gateway.auth.hmac;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Mono;

/** The nonce store of a single gateway instance; expired nonces are swept at most once per second. */
class InMemoryNonceStore implements NonceStore {

    private final Map<String, Long> expiryByNonce = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep = new AtomicLong();
    private final Clock clock;

    InMemoryNonceStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Boolean> claim(String appKey, String nonce, Duration ttl) {
        return Mono.fromSupplier(() -> {
            long now = clock.millis();
            sweepExpired(now);
            boolean[] claimed = {false};
            expiryByNonce.compute(key(appKey, nonce), (key, expiry) -> {
                if (expiry != null && expiry > now) {
                    return expiry;
                }
                claimed[0] = true;
                return now + ttl.toMillis();
            });
            return claimed[0];
        });
    }

    /** Whether the nonce was claimed here and has not expired; free while nothing was ever claimed here. */
    boolean holds(String appKey, String nonce) {
        if (expiryByNonce.isEmpty()) {
            return false;
        }
        long now = clock.millis();
        sweepExpired(now);
        Long expiry = expiryByNonce.get(key(appKey, nonce));
        return expiry != null && expiry > now;
    }

    private static String key(String appKey, String nonce) {
        return appKey + "\n" + nonce;
    }

    private void sweepExpired(long now) {
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + 1000)) {
            expiryByNonce.values().removeIf(expiry -> expiry <= now);
        }
    }
}
