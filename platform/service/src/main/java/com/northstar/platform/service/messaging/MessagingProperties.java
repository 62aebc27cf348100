package com.northstar.platform.service.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a listener retries a handler that throws before the record goes to {@code <topic>-dlt}: with the defaults
 * 0.5 s, 1 s, 2 s, ... up to 10 s apart, eight times (about 45 s), long enough for a dependency that is briefly down.
 *
 * @param maxRetries      retries after the first failure
 * @param initialInterval the wait before the first retry
 * @param multiplier      how much each wait grows
 * @param maxInterval     the longest wait between two tries
 */
@ConfigurationProperties("platform.messaging")
public record MessagingProperties(Integer maxRetries, Duration initialInterval, Double multiplier,
        Duration maxInterval) {

    public MessagingProperties {
        maxRetries = maxRetries == null ? 8 : maxRetries;
        initialInterval = initialInterval == null ? Duration.ofMillis(500) : initialInterval;
        multiplier = multiplier == null ? 2.0 : multiplier;
        maxInterval = maxInterval == null ? Duration.ofSeconds(10) : maxInterval;
    }

    /** How long a record whose handler keeps failing holds up its partition before it goes to the DLT. */
    public Duration retryBudget() {
        Duration total = Duration.ZERO;
        double wait = initialInterval.toMillis();
        for (int retry = 0; retry < maxRetries; retry++) {
            total = total.plusMillis((long) Math.min(wait, maxInterval.toMillis()));
            wait *= multiplier;
        }
        return total;
    }
}
