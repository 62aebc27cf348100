package com.northstar.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One token bucket per caller (subject, app key, or client address for open routes), and one per client address
 * for its failed authentications.
 *
 * @param capacity        the burst a caller may send at once
 * @param refillPerSecond the sustained requests per second
 * @param authFailures    how many failed authentications a client address may have before it is refused
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("100") long capacity, @DefaultValue("50") double refillPerSecond,
        @DefaultValue AuthFailures authFailures) {

    public RateLimitProperties {
        if (capacity < 1 || refillPerSecond <= 0) {
            throw new IllegalArgumentException("gateway.rate-limit needs capacity >= 1 and refill-per-second > 0");
        }
    }

    /** Seconds a caller over its bucket waits for the next token. */
    long retryAfterSeconds() {
        return (long) Math.ceil(1 / refillPerSecond);
    }

    /**
     * @param capacity        the failed authentications (401s) a client address may have in a burst
     * @param refillPerSecond how fast they are forgiven; while none is left, the address gets 429 before any check
     */
    public record AuthFailures(@DefaultValue("20") long capacity, @DefaultValue("1") double refillPerSecond) {

        public AuthFailures {
            if (capacity < 1 || refillPerSecond <= 0) {
                throw new IllegalArgumentException(
                        "gateway.rate-limit.auth-failures needs capacity >= 1 and refill-per-second > 0");
            }
        }
    }
}
