package com.northstar.partner.call;

import com.northstar.partner.weichuang.CallLog;
import java.time.LocalDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A call as OPS sees it: the request with phone and ID numbers masked, and its last attempts, newest first. */
record PartnerCallView(long id, CallOperation operation, String key, CallState state, int attempts,
        LocalDateTime nextAttemptAt, String lastError, JsonNode request, LocalDateTime createdAt,
        LocalDateTime updatedAt, List<AttemptView> lastAttempts) {

    record AttemptView(int attempt, String requestId, Integer status, String outcome, long latencyMs, String error,
            LocalDateTime attemptedAt) {

        static AttemptView of(CallLog.Attempt attempt) {
            return new AttemptView(attempt.attempt(), attempt.requestId(), attempt.status(), attempt.outcome(),
                    attempt.latencyMs(), attempt.error(), attempt.attemptedAt());
        }
    }
}
