package com.northstar.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.platform.core.caller.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(30));
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    private final Account account = Account.created("kim", "hash",
            new Access(Set.of(Role.OPS), List.of(), null, List.of()));

    @Test
    void theFifthFailureWithinTheWindowLocksForTheConfiguredTime() {
        Account counted = account;
        for (int i = 0; i < 5; i++) {
            counted = counted.withFailedLogin(T0.plusSeconds(60L * i), POLICY);
        }

        assertThat(counted.lockedAt(T0.plusSeconds(240))).isTrue();
        assertThat(counted.lockedUntil()).isEqualTo(T0.plusSeconds(240).plus(Duration.ofMinutes(30)));
        assertThat(counted.lockedAt(T0.plusSeconds(240).plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(counted.lockExpiredAt(T0.plusSeconds(240).plus(Duration.ofMinutes(30)))).isTrue();
    }

    @Test
    void aFailureAfterTheWindowStartsCountingAgain() {
        Account counted = account;
        for (int i = 0; i < 4; i++) {
            counted = counted.withFailedLogin(T0, POLICY);
        }

        counted = counted.withFailedLogin(T0.plus(Duration.ofMinutes(15)), POLICY);

        assertThat(counted.failedLogins()).isEqualTo(1);
        assertThat(counted.lockedUntil()).isNull();
    }

    @Test
    void aTemporaryPasswordMustBeReplacedAndAChosenOneNeedNot() {
        assertThat(account.passwordChangeRequired()).isTrue();
        assertThat(account.withChosenPassword("h2").passwordChangeRequired()).isFalse();
        assertThat(account.withChosenPassword("h2").withTemporaryPassword("h3").passwordChangeRequired()).isTrue();
    }
}
