package com.northstar.member.migration;

import java.util.List;
import java.util.Map;

/**
 * {@code memberMigrationStart} / {@code memberMigrationGet}: where a user's migration stands.
 *
 * @param state     {@link MigrationState}
 * @param waitingOn WEICHUANG or ASSET while the next step waits on it being back (with {@code lastError}), MERCHANT
 *                  while the review is pending, else null
 * @param bound     batteryCode -> asset's bindingId, or REFUSED when asset has it bound to someone else
 */
record MigrationView(String phoneNo, String state, String waitingOn, String lastError, int attempts, String userId,
        Long memberId, Long reviewId, String merchantCode, List<String> batteryCodes, Map<String, String> bound,
        String startedAt, String updatedAt, String completedAt) {
}
