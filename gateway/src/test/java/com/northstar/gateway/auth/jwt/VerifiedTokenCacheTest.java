package com.northstar.gateway.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokenCacheTest {

    private static final Instant START = Instant.parse("2026-12-02T00:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final CountingVerifier verifier = new CountingVerifier();

    private VerifiedTokenCache cache(int maxEntries) {
        return new VerifiedTokenCache(verifier, maxEntries, Duration.ofMinutes(5), clock);
    }

    @Test
    void aTokenVerifiedOnceIsAnsweredFromMemoryUntilItExpires() {
        VerifiedTokenCache cache = cache(10);
        verifier.accept("a", START.plus(Duration.ofMinutes(2)));

        Jwt first = cache.decode("a").block();
        Jwt second = cache.decode("a").block();
        clock.now = START.plus(Duration.ofMinutes(2));
        verifier.refuseFromNowOn("a");

        assertThat(second).isSameAs(first);
        assertThat(verifier.calls).containsExactly("a");
        assertThatThrownBy(() -> cache.decode("a").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifier.calls).containsExactly("a", "a");
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaxAge() {
        VerifiedTokenCache cache = cache(10);
        verifier.accept("a", START.plus(Duration.ofHours(12)));

        cache.decode("a").block();
        clock.now = START.plus(Duration.ofMinutes(4));
        cache.decode("a").block();
        clock.now = START.plus(Duration.ofMinutes(5));
        verifier.refuseFromNowOn("a");

        assertThatThrownBy(() -> cache.decode("a").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifier.calls).containsExactly("a", "a");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        VerifiedTokenCache cache = cache(10);

        assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(verifier.calls).containsExactly("forged", "forged");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aTokenWithoutExpiryIsVerifiedEveryTime() {
        VerifiedTokenCache cache = cache(10);
        verifier.accept("no-exp", null);

        cache.decode("no-exp").block();
        cache.decode("no-exp").block();

        assertThat(verifier.calls).containsExactly("no-exp", "no-exp");
    }

    @Test
    void onlyTheExactTokenStringIsAnsweredFromMemory() {
        VerifiedTokenCache cache = cache(10);
        verifier.accept("a", START.plus(Duration.ofHours(1)));
        cache.decode("a").block();

        assertThatThrownBy(() -> cache.decode("a ").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("A").block()).isInstanceOf(BadJwtException.class);
    }

    @Test
    void theCacheNeverHoldsMoreThanItsMaximumAndDropsExpiredTokensFirst() {
        VerifiedTokenCache cache = cache(3);
        verifier.accept("short", START.plus(Duration.ofMinutes(1)));
        for (String token : List.of("b", "c", "d", "e")) {
            verifier.accept(token, START.plus(Duration.ofHours(1)));
        }
        cache.decode("short").block();
        cache.decode("b").block();
        cache.decode("c").block();
        clock.now = START.plus(Duration.ofMinutes(1));

        cache.decode("d").block();
        assertThat(cache.size()).isEqualTo(3);
        cache.decode("b").block();
        assertThat(verifier.calls).containsExactly("short", "b", "c", "d");

        cache.decode("e").block();
        assertThat(cache.size()).isEqualTo(1);
        cache.decode("b").block();
        assertThat(verifier.calls).containsExactly("short", "b", "c", "d", "e", "b");
    }

    private static final class MovableClock extends Clock {

        private Instant now = START;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    /** Accepts the tokens it was told to (with their expiry), refuses every other; records what it was asked. */
    private static final class CountingVerifier implements ReactiveJwtDecoder {

        private final Map<String, Instant> accepted = new HashMap<>();
        private final List<String> calls = new ArrayList<>();

        void accept(String token, Instant expiresAt) {
            accepted.put(token, expiresAt);
        }

        void refuseFromNowOn(String token) {
            accepted.remove(token);
        }

        @Override
        public Mono<Jwt> decode(String token) {
            calls.add(token);
            if (!accepted.containsKey(token)) {
                return Mono.error(new BadJwtException("not verified"));
            }
            Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("ops-alice")
                    .issuedAt(START.minusSeconds(1));
            Instant expiresAt = accepted.get(token);
            if (expiresAt != null) {
                jwt.expiresAt(expiresAt);
            }
            return Mono.just(jwt.build());
        }
    }
}
