package com.northstar.auth.login;

import com.northstar.auth.account.Account;
import com.northstar.auth.account.AccountRepository;
import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * An account as Spring Security checks a login: its password hash, disabled, locked while its lock lasts. The
 * principal is Spring's own {@link User}, so authorizations store it without custom serialization; roles and scopes
 * are read from the account whenever a token is made.
 */
class AccountUserDetails implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetails(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(clock.instant()))
                .authorities(account.access().roleNames().stream().map(role -> "ROLE_" + role).toArray(String[]::new))
                .build();
    }
}
