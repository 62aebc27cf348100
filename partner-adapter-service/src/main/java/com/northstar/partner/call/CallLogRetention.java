package com.northstar.partner.call;

import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.retention.BatchedDelete;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes call-log attempts older than {@code call-log-retention}, a thousand rows per statement (by the
 * attempted_at index). Deleting by age is idempotent, so every instance may run it.
 */
@Component
class CallLogRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CallLogRetention.class);

    private final JdbcClient jdbc;
    private final CallsProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService scheduler;

    CallLogRetention(JdbcClient jdbc, CallsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /** @return the attempts deleted */
    int sweepOnce() {
        int deleted = BatchedDelete.olderThan(jdbc, "partner_call_attempt", "attempted_at",
                LocalDateTime.now(clock).minus(properties.callLogRetention()),
                () -> !Thread.currentThread().isInterrupted()).rows();
        if (deleted > 0) {
            log.info("call-log sweep deleted {} attempts", deleted);
        }
        return deleted;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "call-log-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.sweepInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                sweepOnce();
            } catch (RuntimeException e) {
                log.warn("call-log sweep failed, retrying at the next interval: {}", e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
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
