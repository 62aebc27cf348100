package com.northstar.platform.service.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the outbox relay.
 *
 * @param enabled       whether this instance runs a relay at all
 * @param pollInterval  how long the relay sleeps when it found nothing to publish (a commit wakes it earlier)
 * @param batchSize     due events read per round
 * @param sendTimeout   the longest one round waits for the broker's acknowledgements; less than {@code lease}
 * @param lease         how long a relay keeps the lease without renewing it; only the lease holder publishes, so
 *                      events of one key are never sent by two instances out of order
 * @param maxBackoff    the longest wait before retrying an event that failed to publish
 * @param maxAttempts   refusals by the broker after which an event is parked (a non-retriable failure parks it at
 *                      once; a broker that does not answer at all counts against no event)
 * @param metadataWait  how long the relay's producer waits for a topic's metadata (its {@code max.block.ms}); a
 *                      topic the broker does not know costs at most this per attempt, off the round
 * @param retention     how long published events are kept for inspection before they are deleted
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(boolean enabled, Duration pollInterval, int batchSize, Duration sendTimeout,
        Duration lease, Duration maxBackoff, int maxAttempts, Duration metadataWait, Duration retention) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize <= 0 ? 200 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(1) : maxBackoff;
        maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
        metadataWait = metadataWait == null ? Duration.ofSeconds(2) : metadataWait;
        retention = retention == null ? Duration.ofDays(7) : retention;
        if (sendTimeout.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("platform.outbox.send-timeout (" + sendTimeout
                    + ") must be shorter than platform.outbox.lease (" + lease + ")");
        }
        if (metadataWait.compareTo(roundDeadline(sendTimeout, lease)) >= 0) {
            throw new IllegalArgumentException("platform.outbox.metadata-wait (" + metadataWait
                    + ") must be shorter than a relay round (" + roundDeadline(sendTimeout, lease) + ")");
        }
    }

    /**
     * How long one round may take, sending and cleaning up included: well inside the lease, so a round never
     * outlives the lease it was started under.
     */
    public Duration roundDeadline() {
        return roundDeadline(sendTimeout, lease);
    }

    private static Duration roundDeadline(Duration sendTimeout, Duration lease) {
        Duration thirdOfLease = lease.dividedBy(3);
        return sendTimeout.compareTo(thirdOfLease) < 0 ? sendTimeout : thirdOfLease;
    }
}
