package com.northstar.member.migration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes what no request finished: every {@code member.migration.resume-interval} (default 15 s) it takes up to
 * {@link #BATCH} migrations that are neither final nor waiting for the merchant and nobody holds, and runs the saga
 * on each from its stored step (a claim per migration, so two instances never run one migration at once). This is
 * how a migration waiting on Weichuang or asset-service, or cut short by a restart, ends.
 */
@Component
class MigrationResumer {

    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(MigrationResumer.class);

    private final Migrations migrations;
    private final MigrationSaga saga;

    MigrationResumer(Migrations migrations, MigrationSaga saga) {
        this.migrations = migrations;
        this.saga = saga;
    }

    @Scheduled(fixedDelayString = "${member.migration.resume-interval}",
            initialDelayString = "${member.migration.resume-interval}")
    void resumeOnSchedule() {
        try {
            resumeDue();
        } catch (RuntimeException e) {
            log.warn("migration resumer round failed; next round retries", e);
        }
    }

    /** One round; returns how many migrations it took up. */
    int resumeDue() {
        var phones = migrations.resumable(BATCH);
        phones.forEach(saga::advance);
        return phones.size();
    }
}
