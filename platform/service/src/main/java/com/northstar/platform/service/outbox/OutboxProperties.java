package com.northstar.platform.service.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the outbox relay.
 *
 * @param enabled       whether this instance runs a relay at all
 * @param pollInterval  how long the relay sleeps when it found nothing to publish (a commit wakes it earlier)
 * @param batchSize     events read per round
 * @param sendTimeout   how long one round waits for the broker's acknowledgements
 * @param lease         how long a relay keeps the lease without renewing it; only the lease holder publishes, so
 *                      events of one key are never sent by two instances out of order
 * @param maxBackoff    the longest wait before retrying an event that failed to publish
 * @param retention     how long published events are kept for inspection before they are deleted
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(boolean enabled, Duration pollInterval, int batchSize, Duration sendTimeout,
        Duration lease, Duration maxBackoff, Duration retention) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize <= 0 ? 200 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(1) : maxBackoff;
        retention = retention == null ? Duration.ofDays(7) : retention;
    }
}
