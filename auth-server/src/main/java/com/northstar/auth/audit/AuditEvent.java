package com.northstar.auth.audit;

/** What happened to an account. */
public enum AuditEvent {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    ACCOUNT_CREATED,
    ACCESS_CHANGED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED
}
