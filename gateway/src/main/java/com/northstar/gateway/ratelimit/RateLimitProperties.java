package com.northstar.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One token bucket per caller (subject, app key, or client address for open routes).
 *
 * @param capacity        the burst a caller may send at once
 * @param refillPerSecond the sustained requests per second
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("100") long capacity, @DefaultValue("50") double refillPerSecond) {

    public RateLimitProperties {
        if (capacity < 1 || refillPerSecond <= 0) {
            throw new IllegalArgumentException("gateway.rate-limit needs capacity >= 1 and refill-per-second > 0");
        }
    }
}
