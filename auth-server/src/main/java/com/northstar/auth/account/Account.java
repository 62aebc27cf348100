package com.northstar.auth.account;

import java.time.Instant;

/**
 * A person who logs in, and the rules of its login state in one place: wrong passwords are counted within the
 * lockout window, the last allowed one locks the account, a lock ends by itself when its time is up.
 *
 * @param failedLogins  wrong passwords since {@code firstFailedAt}, within the current window
 * @param lockedUntil   null when not locked; a lock whose time has passed is no lock
 */
public record Account(String username, String passwordHash, Access access, boolean enabled,
        boolean passwordChangeRequired, int failedLogins, Instant firstFailedAt, Instant lockedUntil) {

    public static Account created(String username, String passwordHash, Access access) {
        return new Account(username, passwordHash, access, true, true, 0, null, null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A lock that has run out: it is lifted (and audited) at the next attempt. */
    public boolean lockExpiredAt(Instant now) {
        return lockedUntil != null && !lockedUntil.isAfter(now);
    }

    public Account withFailedLogin(Instant now, LockoutPolicy policy) {
        boolean windowOpen = firstFailedAt != null && firstFailedAt.plus(policy.window()).isAfter(now);
        int failures = windowOpen ? failedLogins + 1 : 1;
        Instant since = windowOpen ? firstFailedAt : now;
        if (failures >= policy.maxFailures()) {
            return new Account(username, passwordHash, access, enabled, passwordChangeRequired, 0, null,
                    now.plus(policy.lockDuration()));
        }
        return new Account(username, passwordHash, access, enabled, passwordChangeRequired, failures, since, null);
    }

    public Account unlocked() {
        return new Account(username, passwordHash, access, enabled, passwordChangeRequired, 0, null, null);
    }

    public Account withAccess(Access newAccess) {
        return new Account(username, passwordHash, newAccess, enabled, passwordChangeRequired, failedLogins,
                firstFailedAt, lockedUntil);
    }

    public Account withEnabled(boolean newEnabled) {
        return new Account(username, passwordHash, access, newEnabled, passwordChangeRequired, failedLogins,
                firstFailedAt, lockedUntil);
    }

    /** A password someone else chose (created, reset): the person must choose their own at the next login. */
    public Account withTemporaryPassword(String hash) {
        return new Account(username, hash, access, enabled, true, 0, null, null);
    }

    public Account withChosenPassword(String hash) {
        return new Account(username, hash, access, enabled, false, failedLogins, firstFailedAt, lockedUntil);
    }
}
