package com.northstar.auth.account;

import com.northstar.auth.audit.AuditEvent;
import com.northstar.auth.audit.AuditLog;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.config.LocalOnlyDefaults;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of local runs and the compose stack ({@code auth.demo-accounts.enabled}, never set in
 * production): one per kind of back office, all with one password. An account that exists is left as it is.
 * With the prod profile (compose runs it) the password must be given as DEMO_PASSWORD: the default in
 * application.yml is public, so an operator who turns the accounts on chooses their password on purpose.
 */
@Component
@ConditionalOnProperty(name = "auth.demo-accounts.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("ops", new Access(Set.of(Role.OPS), List.of(), null, List.of())),
            new DemoAccount("merchant-m001", new Access(Set.of(Role.MERCHANT), List.of("M001"), null, List.of())),
            new DemoAccount("cashier-t001", new Access(Set.of(Role.POS), List.of(), "T001", List.of("1", "2"))),
            new DemoAccount("cashier-t002", new Access(Set.of(Role.POS), List.of(), "T002", List.of("3"))),
            new DemoAccount("parking-office", new Access(Set.of(Role.PARK), List.of(), null, List.of())));

    record DemoAccount(String username, Access access) {
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final String password;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwords, AuditLog audit,
            @Value("${auth.demo-accounts.password}") String password, Environment environment) {
        if (environment.matchesProfiles("prod") && !LocalOnlyDefaults.isSet(environment, "DEMO_PASSWORD")) {
            throw new IllegalStateException("auth.demo-accounts.enabled with the prod profile needs DEMO_PASSWORD set: "
                    + "the demo accounts' default password is public");
        }
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.find(demo.username()).isEmpty()) {
                String hash = passwords.encode(password);
                Account account = Account.created(demo.username(), hash, demo.access()).withChosenPassword(hash);
                if (accounts.insert(account)) {
                    audit.success(AuditEvent.ACCOUNT_CREATED, demo.username(), AuditLog.SYSTEM, null, "demo_account");
                }
            }
        }
        log.info("Demo accounts: {} (auth.demo-accounts; local and compose only)",
                ACCOUNTS.stream().map(DemoAccount::username).toList());
    }
}
