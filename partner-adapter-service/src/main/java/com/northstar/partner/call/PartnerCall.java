package com.northstar.partner.call;

import java.time.LocalDateTime;

/** One row of {@code partner_call}. */
public record PartnerCall(long id, CallOperation operation, String key, String requestJson, CallState state,
        int attempts, LocalDateTime nextAttemptAt, String lastError, LocalDateTime createdAt,
        LocalDateTime updatedAt, String traceparent) {
}
