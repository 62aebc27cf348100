package com.northstar.member.migration;

import java.time.LocalDateTime;

/** One row of {@code member_migration}: the state and each step's stored result (JSON as written by the saga). */
record Migration(String phone, MigrationState state, String userId, String merchantCode, String userJson,
        String depositJson, String packageJson, String batteriesJson, Long memberId, Long reviewId,
        Long reviewDeposit, String boundJson, String waitingOn, String lastError, int attempts,
        LocalDateTime startedAt, LocalDateTime updatedAt, LocalDateTime completedAt) {
}
