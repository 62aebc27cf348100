package com.northstar.auth.login;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed logins per client address: each failure takes a token from the address's bucket, which refills slowly; an
 * empty bucket refuses the next attempts from that address before any password is checked. Per-account lockout
 * stops guessing one account's password; this stops one address guessing many accounts'. In memory: each replica
 * counts its own share.
 */
class LoginThrottle {

    @ConfigurationProperties("auth.login-throttle")
    record Settings(@DefaultValue("20") int capacity, @DefaultValue("0.2") double refillPerSecond,
            @DefaultValue("100000") int maxAddresses) {
    }

    private final Settings settings;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    LoginThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean allows(String address) {
        Bucket bucket = buckets.get(address);
        return bucket == null || bucket.tokens(now(), settings) >= 1;
    }

    void failed(String address) {
        if (buckets.size() >= settings.maxAddresses()) {
            long now = now();
            buckets.values().removeIf(bucket -> bucket.tokens(now, settings) >= settings.capacity());
        }
        buckets.computeIfAbsent(address, a -> new Bucket(settings.capacity(), now())).take(now(), settings);
    }

    private long now() {
        return clock.millis();
    }

    private static final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }

        synchronized double tokens(long now, Settings settings) {
            tokens = Math.min(settings.capacity(), tokens + (now - updatedAt) / 1000.0 * settings.refillPerSecond());
            updatedAt = now;
            return tokens;
        }

        synchronized void take(long now, Settings settings) {
            tokens = Math.max(0, tokens(now, settings) - 1);
        }
    }
}
