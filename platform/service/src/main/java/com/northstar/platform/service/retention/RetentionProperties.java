package com.northstar.platform.service.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the platform's bookkeeping rows are kept.
 *
 * @param processedEvents   processed-event ids; far longer than any redelivery (Kafka keeps a week by default)
 * @param idempotencyKeys   stored answers of idempotent commands; a retry after this gets the business rule's
 *                          own answer (e.g. swapOrderReport's unique device order id) instead of the stored one
 * @param sweepInterval     how often the sweep runs
 */
@ConfigurationProperties("platform.retention")
public record RetentionProperties(Duration processedEvents, Duration idempotencyKeys, Duration sweepInterval) {

    public RetentionProperties {
        processedEvents = processedEvents == null ? Duration.ofDays(30) : processedEvents;
        idempotencyKeys = idempotencyKeys == null ? Duration.ofDays(30) : idempotencyKeys;
        sweepInterval = sweepInterval == null ? Duration.ofHours(1) : sweepInterval;
    }
}
