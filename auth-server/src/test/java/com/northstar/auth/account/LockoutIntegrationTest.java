package com.northstar.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.auth.support.AuthServerIntegrationTestSupport;
import com.northstar.auth.support.Browser;
import com.northstar.platform.core.caller.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Five wrong passwords within 15 minutes lock an account for the configured time; every step is audited. */
class LockoutIntegrationTest extends AuthServerIntegrationTestSupport {

    private static final String PASSWORD = "a-long-enough-secret";

    private String attempt(String username, String password) {
        Browser browser = new Browser("en");
        String page = browser.get(base() + "/login").body();
        HttpResponse<String> response = browser.submit(base() + "/login", page,
                Map.of("username", username, "password", password));
        return Browser.location(response);
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountEvenAgainstTheRightOne() {
        accountWithPassword("lock-five", PASSWORD, parkAccess());

        for (int i = 0; i < 4; i++) {
            assertThat(attempt("lock-five", "wrong-" + i)).endsWith("error=bad_credentials");
        }
        assertThat(attempt("lock-five", PASSWORD)).doesNotContain("error");
        for (int i = 0; i < 5; i++) {
            attempt("lock-five", "wrong-again-" + i);
        }

        assertThat(attempt("lock-five", PASSWORD)).endsWith("error=locked");
        assertThat(accounts.get("lock-five").lockedAt(clock.instant())).isTrue();
        assertThat(auditRows("lock-five", "LOGIN_FAILED")).isEqualTo(10);
        assertThat(auditRows("lock-five", "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(auditRows("lock-five", "LOGIN_SUCCEEDED")).isEqualTo(1);
    }

    @Test
    void theLockEndsByItselfAfterItsTimeAndIsAudited() {
        accountWithPassword("lock-ends", PASSWORD, parkAccess());
        for (int i = 0; i < 5; i++) {
            attempt("lock-ends", "wrong-" + i);
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(attempt("lock-ends", PASSWORD)).endsWith("error=locked");

        clock.advance(Duration.ofMinutes(2));

        assertThat(attempt("lock-ends", PASSWORD)).doesNotContain("error");
        assertThat(auditRows("lock-ends", "ACCOUNT_UNLOCKED")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT actor FROM auth_audit WHERE username = 'lock-ends' AND event = 'ACCOUNT_UNLOCKED'")
                .query(String.class).single()).isEqualTo("system");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        accountWithPassword("lock-window", PASSWORD, parkAccess());
        for (int i = 0; i < 4; i++) {
            attempt("lock-window", "wrong-" + i);
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            attempt("lock-window", "wrong-later-" + i);
        }

        assertThat(attempt("lock-window", PASSWORD)).doesNotContain("error");
        assertThat(auditRows("lock-window", "ACCOUNT_LOCKED")).isZero();
    }

    @Test
    void anOperatorUnlocksALockedAccount() {
        accountWithPassword("lock-operator", PASSWORD, parkAccess());
        for (int i = 0; i < 5; i++) {
            attempt("lock-operator", "wrong-" + i);
        }

        accounts.unlock("lock-operator", "ops", "10.0.0.9");

        assertThat(attempt("lock-operator", PASSWORD)).doesNotContain("error");
        assertThat(jdbc.sql("SELECT actor, client_ip FROM auth_audit WHERE username = 'lock-operator'"
                        + " AND event = 'ACCOUNT_UNLOCKED'").query((row, n) -> row.getString(1) + "@" + row.getString(2))
                .list()).isEqualTo(List.of("ops@10.0.0.9"));
    }

    @Test
    void anUnknownUsernameIsAnsweredLikeAWrongPasswordAndAudited() {
        assertThat(attempt("nobody-here", "whatever")).endsWith("error=bad_credentials");
        assertThat(jdbc.sql("SELECT detail FROM auth_audit WHERE username = 'nobody-here' AND event = 'LOGIN_FAILED'")
                .query(String.class).single()).isEqualTo("unknown_account");
    }

    @Test
    void noAuditRowEverHoldsAPassword() {
        accountWithPassword("lock-audit", PASSWORD, parkAccess());
        attempt("lock-audit", "typed-secret-123");
        attempt("lock-audit", PASSWORD);

        assertThat(jdbc.sql("SELECT CONCAT_WS('|', event, outcome, username, actor, client_ip, detail) FROM auth_audit")
                .query(String.class).list()).noneMatch(row -> row.contains(PASSWORD) || row.contains("typed-secret"));
    }

    private static Access parkAccess() {
        return new Access(Set.of(Role.PARK), List.of(), null, List.of());
    }
}
