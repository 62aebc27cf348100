package com.northstar.partner.call;

import com.northstar.platform.tracing.TraceContexts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers due partner calls: right after a commit that recorded one ({@link #wakeUp()}), after each delivery
 * (the next call of its key may now be due) and every {@code poll-interval}. A round claims at most as many calls as
 * there are idle workers, each with a compare-and-set update, so two instances never deliver one call at once; a
 * claim whose instance died ends after {@code claim-lease}. Each delivery continues the trace that recorded its call.
 */
@Component
class CallDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CallDispatcher.class);

    private final PartnerCalls calls;
    private final CallDelivery delivery;
    private final CallsProperties properties;
    private final TraceContexts traces;
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final AtomicInteger busyWorkers = new AtomicInteger();
    private volatile ScheduledExecutorService rounds;
    private volatile ExecutorService workers;

    CallDispatcher(PartnerCalls calls, CallDelivery delivery, CallsProperties properties, TraceContexts traces,
            MeterRegistry meters) {
        this.calls = calls;
        this.delivery = delivery;
        this.properties = properties;
        this.traces = traces;
        Gauge.builder("partner.calls.parked", calls, PartnerCalls::countParked)
                .description("partner calls parked until Weichuang answers").register(meters);
    }

    /** Asks for a round now; wake-ups while one is queued are merged into it. */
    void wakeUp() {
        ScheduledExecutorService scheduler = rounds;
        if (scheduler != null && wakeUpQueued.compareAndSet(false, true)) {
            scheduler.execute(() -> {
                wakeUpQueued.set(false);
                roundQuietly();
            });
        }
    }

    private void roundQuietly() {
        try {
            round();
        } catch (RuntimeException e) {
            log.warn("partner call round failed, retrying at the next one: {}", e.getMessage());
        }
    }

    private void round() {
        int idle = properties.workers() - busyWorkers.get();
        if (idle <= 0) {
            return;
        }
        for (PartnerCall call : calls.due(Math.min(idle, properties.batchSize()))) {
            calls.claim(call, properties.claimLease()).ifPresent(token -> {
                busyWorkers.incrementAndGet();
                workers.execute(() -> deliver(call, token));
            });
        }
    }

    private void deliver(PartnerCall call, String token) {
        try {
            traces.runContinuing(call.traceparent(), "partner call " + call.operation().name().toLowerCase(),
                    () -> delivery.deliver(call, token, call.attempts() + 1));
        } catch (RuntimeException e) {
            // The claim runs out and the call is tried again; nothing is lost.
            log.error("delivering {} call {} failed unexpectedly", call.operation(), call.id(), e);
        } finally {
            busyWorkers.decrementAndGet();
            wakeUp();
        }
    }

    @Override
    public void start() {
        workers = Executors.newFixedThreadPool(properties.workers(), daemon("partner-call-worker"));
        rounds = Executors.newSingleThreadScheduledExecutor(daemon("partner-call-dispatcher"));
        long every = properties.pollInterval().toMillis();
        rounds.scheduleWithFixedDelay(this::roundQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (rounds != null) {
            rounds.shutdownNow();
            rounds = null;
        }
        if (workers != null) {
            workers.shutdownNow();
            workers = null;
        }
    }

    @Override
    public boolean isRunning() {
        return rounds != null;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger threads = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
