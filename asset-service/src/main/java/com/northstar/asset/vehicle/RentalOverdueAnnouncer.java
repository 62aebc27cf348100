package com.northstar.asset.vehicle;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces each rental that became overdue ({@link VehicleRental#overdue}) once, as {@code asset.rental-overdue}:
 * every {@code asset.overdue.check-interval}, a batch of unannounced overdue rentals is marked announced with a
 * compare-and-set update and its events recorded in the same transaction, so every instance may sweep and none
 * announces a rental twice.
 */
@Component
class RentalOverdueAnnouncer implements SmartLifecycle {

    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(RentalOverdueAnnouncer.class);

    private final VehicleRentalMapper rentals;
    private final VehicleMapper vehicles;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration interval;
    private volatile ScheduledExecutorService scheduler;

    RentalOverdueAnnouncer(VehicleRentalMapper rentals, VehicleMapper vehicles, Outbox outbox,
            TransactionTemplate transactions, Clock clock,
            @Value("${asset.overdue.check-interval:1m}") Duration interval) {
        this.rentals = rentals;
        this.vehicles = vehicles;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock.withZone(WireDates.ZONE);
        this.interval = interval;
    }

    /** One batch: the overdue rentals it read, and those it announced (another instance may have taken some). */
    private record Batch(int read, int announced) {
    }

    /** Announces the rentals overdue now and not announced yet, a batch per transaction; returns how many. */
    int announceDue() {
        int announced = 0;
        Batch batch;
        do {
            batch = transactions.execute(status -> announceBatch(LocalDateTime.now(clock)));
            announced += batch.announced();
        } while (batch.read() == BATCH);
        return announced;
    }

    private Batch announceBatch(LocalDateTime now) {
        List<VehicleRental> due = rentals.selectList(VehicleRental.overdue(Wrappers.lambdaQuery(VehicleRental.class)
                .isNull(VehicleRental::getOverdueAnnouncedAt), now)
                .orderByAsc(VehicleRental::getRentalEnd).last("LIMIT " + BATCH));
        int announced = 0;
        for (VehicleRental rental : due) {
            int marked = rentals.update(null, Wrappers.lambdaUpdate(VehicleRental.class)
                    .set(VehicleRental::getOverdueAnnouncedAt, now)
                    .eq(VehicleRental::getId, rental.getId())
                    .isNull(VehicleRental::getOverdueAnnouncedAt));
            if (marked == 1) {
                outbox.record(RentalOverdueEvent.TOPIC, rental.getVehicleCode(), RentalOverdueEvent.TYPE,
                        RentalOverdueEvent.of(rental, vehicles.selectById(rental.getVehicleCode())));
                announced++;
            }
        }
        return new Batch(due.size(), announced);
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rental-overdue");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int announced = announceDue();
                if (announced > 0) {
                    log.info("announced {} overdue rentals", announced);
                }
            } catch (RuntimeException e) {
                log.warn("overdue announcement failed, retrying at the next interval: {}", e.getMessage());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
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
