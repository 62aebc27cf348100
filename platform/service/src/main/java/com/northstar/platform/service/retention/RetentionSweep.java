package com.northstar.platform.service.retention;

import com.northstar.platform.core.time.WireDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes processed-event ids and idempotency answers past their retention, so those tables stay the size of
 * their window instead of growing forever. Deleting by age is idempotent, so every instance of a service may run
 * it; the indexes of V0_4 keep each run to the rows it deletes, and {@link BatchedDelete} keeps each statement to
 * a thousand rows, so a backlog (a service that was down for a week) never locks the table for long.
 */
public class RetentionSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final JdbcClient jdbc;
    private final RetentionProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService scheduler;

    public RetentionSweep(JdbcClient jdbc, RetentionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /** @return how many rows were deleted */
    public int sweepOnce() {
        LocalDateTime now = LocalDateTime.now(clock);
        int events = BatchedDelete.olderThan(jdbc, "processed_event", "processed_at",
                now.minus(properties.processedEvents()), this::notStopping).rows();
        int keys = BatchedDelete.olderThan(jdbc, "idempotency_key", "created_at",
                now.minus(properties.idempotencyKeys()), this::notStopping).rows();
        if (events + keys > 0) {
            log.info("retention sweep deleted {} processed-event ids and {} idempotency answers", events, keys);
        }
        return events + keys;
    }

    private boolean notStopping() {
        return !Thread.currentThread().isInterrupted();
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "retention-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.sweepInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void sweepQuietly() {
        try {
            sweepOnce();
        } catch (RuntimeException e) {
            log.warn("retention sweep failed, retrying at the next interval: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
