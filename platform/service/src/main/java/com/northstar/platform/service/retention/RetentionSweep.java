package com.northstar.platform.service.retention;

import com.northstar.platform.core.time.WireDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes processed-event ids and idempotency answers past their retention, and the rows of every
 * {@link RetentionRule} a service declares, so those tables stay the size of their window instead of growing forever. Deleting by age is idempotent, so every instance of a service may run
 * it; the indexes of V0_4 keep each run to the rows it deletes, and {@link BatchedDelete} keeps each statement to
 * a thousand rows, so a backlog (a service that was down for a week) never locks the table for long.
 */
public class RetentionSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final JdbcClient jdbc;
    private final RetentionProperties properties;
    private final List<RetentionRule> serviceRules;
    private final Clock clock;
    private volatile ScheduledExecutorService scheduler;

    public RetentionSweep(JdbcClient jdbc, RetentionProperties properties, List<RetentionRule> serviceRules,
            Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.serviceRules = List.copyOf(serviceRules);
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /** @return how many rows were deleted */
    public int sweepOnce() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<RetentionRule> rules = new ArrayList<>(List.of(
                new RetentionRule("processed_event", "processed_at", properties.processedEvents()),
                new RetentionRule("idempotency_key", "created_at", properties.idempotencyKeys())));
        rules.addAll(serviceRules);
        int total = 0;
        for (RetentionRule rule : rules) {
            int deleted = BatchedDelete.olderThan(jdbc, rule.table(), rule.timeColumn(), now.minus(rule.keep()),
                    this::notStopping).rows();
            if (deleted > 0) {
                log.info("retention sweep deleted {} rows of {}", deleted, rule.table());
            }
            total += deleted;
        }
        return total;
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
