package com.northstar.auth.audit;

import java.time.Instant;

/**
 * One audited happening.
 *
 * @param username the account concerned (as typed, for a login attempt on an unknown name)
 * @param actor    who did it: the account itself for logins, the operator for changes, {@code system} for a lock
 *                 that ran out
 * @param outcome  SUCCESS or FAILURE
 * @param detail   a reason code (bad_credentials, locked, disabled, ...), never a password
 */
public record AuditRecord(long id, Instant occurredAt, AuditEvent event, String outcome, String username,
        String actor, String clientIp, String detail) {
}
