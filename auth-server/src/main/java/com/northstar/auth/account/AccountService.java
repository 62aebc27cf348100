package com.northstar.auth.account;

import com.northstar.auth.audit.AuditEvent;
import com.northstar.auth.audit.AuditLog;
import com.northstar.platform.core.error.ApiException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operations' changes to accounts, each audited in its own transaction. Taking an account's access away (disable,
 * new roles or scopes, password reset) also ends its refresh tokens and login sessions at once, so what remains is
 * at most one access token's lifetime.
 */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final SessionsAndTokens sessionsAndTokens;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, AuditLog audit,
            SessionsAndTokens sessionsAndTokens, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.sessionsAndTokens = sessionsAndTokens;
        this.clock = clock;
    }

    public Account get(String username) {
        return accounts.find(username).orElseThrow(() -> ApiException.notFound("no account " + username));
    }

    public List<Account> page(int offset, int limit) {
        return accounts.page(offset, limit);
    }

    public long count() {
        return accounts.count();
    }

    @Transactional
    public Account create(String username, String temporaryPassword, Access access, String operator,
            String clientIp) {
        PasswordRules.require(username, temporaryPassword);
        Account account = Account.created(username, passwords.encode(temporaryPassword), access);
        if (!accounts.insert(account)) {
            throw ApiException.conflict("the username " + username + " is taken");
        }
        audit.success(AuditEvent.ACCOUNT_CREATED, username, operator, clientIp, describe(access));
        return account;
    }

    @Transactional
    public Account setAccess(String username, Access access, String operator, String clientIp) {
        Account changed = locked(username).withAccess(access);
        accounts.update(changed);
        sessionsAndTokens.end(username);
        audit.success(AuditEvent.ACCESS_CHANGED, username, operator, clientIp, describe(access));
        return changed;
    }

    @Transactional
    public Account resetPassword(String username, String temporaryPassword, String operator, String clientIp) {
        PasswordRules.require(username, temporaryPassword);
        Account changed = locked(username).withTemporaryPassword(passwords.encode(temporaryPassword));
        accounts.update(changed);
        sessionsAndTokens.end(username);
        audit.success(AuditEvent.PASSWORD_RESET, username, operator, clientIp, "change_required_at_next_login");
        return changed;
    }

    @Transactional
    public Account disable(String username, String operator, String clientIp) {
        Account account = locked(username);
        if (account.enabled()) {
            accounts.update(account.withEnabled(false));
            audit.success(AuditEvent.ACCOUNT_DISABLED, username, operator, clientIp, null);
        }
        sessionsAndTokens.end(username);
        return account.withEnabled(false);
    }

    @Transactional
    public Account enable(String username, String operator, String clientIp) {
        Account account = locked(username);
        if (!account.enabled()) {
            accounts.update(account.withEnabled(true));
            audit.success(AuditEvent.ACCOUNT_ENABLED, username, operator, clientIp, null);
        }
        return account.withEnabled(true);
    }

    @Transactional
    public Account unlock(String username, String operator, String clientIp) {
        Account account = locked(username);
        if (account.lockedUntil() != null || account.failedLogins() > 0) {
            accounts.update(account.unlocked());
            audit.success(AuditEvent.ACCOUNT_UNLOCKED, username, operator, clientIp, "by_operator");
        }
        return account.unlocked();
    }

    /**
     * The password a person chooses after logging in with one someone else set: it must follow the rules and differ
     * from the one it replaces.
     */
    @Transactional
    public void choosePassword(String username, String newPassword, String clientIp) {
        Account account = locked(username);
        String refusal = PasswordRules.refusal(username, newPassword);
        if (refusal == null && passwords.matches(newPassword, account.passwordHash())) {
            refusal = "password_unchanged";
        }
        if (refusal != null) {
            audit.failure(AuditEvent.PASSWORD_CHANGED, username, username, clientIp, refusal);
            throw ApiException.badRequest(refusal);
        }
        accounts.update(account.withChosenPassword(passwords.encode(newPassword)));
        audit.success(AuditEvent.PASSWORD_CHANGED, username, username, clientIp, null);
    }

    private Account locked(String username) {
        return accounts.findForUpdate(username).orElseThrow(() -> ApiException.notFound("no account " + username));
    }

    private static String describe(Access access) {
        return "roles=" + access.roleNames() + " merchantIds=" + access.merchantIds() + " tenantId="
                + access.tenantId() + " shopIds=" + access.shopIds();
    }
}
