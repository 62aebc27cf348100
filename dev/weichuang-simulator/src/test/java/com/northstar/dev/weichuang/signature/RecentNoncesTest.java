package com.northstar.dev.weichuang.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.dev.weichuang.signature.RecentNonces.Claim;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The nonce memory of the signature check: each nonce once within its ten minutes, and never more than it holds. */
class RecentNoncesTest {

    private static final long TEN_MINUTES = Duration.ofMinutes(10).toMillis();

    @Test
    void aNonceIsRefusedWithinItsMemoryAndForgottenAfter() {
        RecentNonces nonces = new RecentNonces(Duration.ofMillis(TEN_MINUTES), 10);

        assertThat(nonces.claim("a", 0)).isEqualTo(Claim.FRESH);
        assertThat(nonces.claim("a", TEN_MINUTES - 1)).isEqualTo(Claim.SEEN_BEFORE);
        assertThat(nonces.claim("a", TEN_MINUTES)).isEqualTo(Claim.FRESH);
    }

    @Test
    void aFullMemoryRefusesNewNoncesUntilTheOldestExpire() {
        RecentNonces nonces = new RecentNonces(Duration.ofMillis(TEN_MINUTES), 2);
        nonces.claim("a", 0);
        nonces.claim("b", 1);

        assertThat(nonces.claim("c", 2)).isEqualTo(Claim.FULL);
        assertThat(nonces.claim("c", TEN_MINUTES)).isEqualTo(Claim.FRESH);
        assertThat(nonces.claim("b", TEN_MINUTES)).isEqualTo(Claim.SEEN_BEFORE);
    }
}
