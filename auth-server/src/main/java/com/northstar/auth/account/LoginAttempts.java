package com.northstar.auth.account;

import com.northstar.auth.audit.AuditEvent;
import com.northstar.auth.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a login attempt does to its account: a wrong password counts towards the lock, a success clears the count, a
 * lock whose time is up is lifted. Each attempt holds the account's row, so concurrent guesses count one by one.
 */
@Service
public class LoginAttempts {

    /** Why a login was refused, as audited and shown (by message key) on the login page. */
    public enum Refusal { BAD_CREDENTIALS, LOCKED, DISABLED }

    private final AccountRepository accounts;
    private final LockoutPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, LockoutPolicy policy, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Answers whether the account must still choose its own password (an account that is gone must too). */
    @Transactional
    public boolean succeeded(String username, String clientIp) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.findForUpdate(username);
        found.ifPresent(account -> {
            liftExpiredLock(account, now, clientIp);
            if (account.failedLogins() > 0 || account.lockedUntil() != null) {
                accounts.update(account.unlocked());
            }
        });
        audit.success(AuditEvent.LOGIN_SUCCEEDED, username, username, clientIp, null);
        return found.map(Account::passwordChangeRequired).orElse(true);
    }

    @Transactional
    public void failed(String username, Refusal refusal, String clientIp) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.findForUpdate(username);
        if (found.isEmpty()) {
            audit.failure(AuditEvent.LOGIN_FAILED, username, username, clientIp, "unknown_account");
            return;
        }
        Account account = found.get();
        audit.failure(AuditEvent.LOGIN_FAILED, username, username, clientIp, refusal.name().toLowerCase());
        if (refusal != Refusal.BAD_CREDENTIALS) {
            return;
        }
        liftExpiredLock(account, now, clientIp);
        Account counted = account.withFailedLogin(now, policy);
        accounts.update(counted);
        if (counted.lockedAt(now)) {
            audit.success(AuditEvent.ACCOUNT_LOCKED, username, AuditLog.SYSTEM, clientIp,
                    policy.maxFailures() + "_failures_until_" + counted.lockedUntil());
        }
    }

    private void liftExpiredLock(Account account, Instant now, String clientIp) {
        if (account.lockExpiredAt(now)) {
            audit.success(AuditEvent.ACCOUNT_UNLOCKED, account.username(), AuditLog.SYSTEM, clientIp,
                    "lock_expired");
        }
    }
}
