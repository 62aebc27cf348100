package com.northstar.member.migration;

import com.northstar.platform.core.event.EventEnvelope;

/**
 * {@code data} of {@code member.migration-completed} (type {@code MemberMigrationCompleted}, key phoneNo), schema 1.
 *
 * @param deposit null when the user brings no deposit
 */
record MigrationCompletedEvent(String phoneNo, String userId, long memberId, String merchantCode, String userName,
        MigratedDeposit deposit) implements EventEnvelope.VersionedPayload {

    static final String TOPIC = "member.migration-completed";
    static final String TYPE = "MemberMigrationCompleted";

    @Override
    public int schemaVersion() {
        return 1;
    }
}
