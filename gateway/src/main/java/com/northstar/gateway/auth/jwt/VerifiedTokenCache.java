package com.northstar.gateway.auth.jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens the wrapped decoder has verified, so a person's repeated requests skip the RS256 signature check
 * and the claim parsing (about half the gateway's CPU per request when every request verifies). Only the exact
 * token string verified before is answered from memory, and only while it is unexpired by its own {@code exp} (no
 * clock-skew allowance) and for at most {@code maxAge} after it was verified, so a key withdrawn by the issuer stops
 * working here within that time plus the key set's own ({@code gateway.jwt.keys.max-age}). A token without
 * {@code exp} is never remembered. At most {@code maxEntries} tokens are held: when full, expired ones are dropped,
 * and if none was, all are forgotten (they are verified again).
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final int maxEntries;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(ReactiveJwtDecoder verifier, int maxEntries, Duration maxAge, Clock clock) {
        if (maxEntries < 1 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("a verified-token cache needs max-entries >= 1 and a positive max-age");
        }
        this.verifier = verifier;
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    private record Verified(Jwt jwt, Instant validUntil) {
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Verified known = verified.get(token);
        if (known != null) {
            if (clock.instant().isBefore(known.validUntil())) {
                return Mono.just(known.jwt());
            }
            verified.remove(token, known);
        }
        return verifier.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    int size() {
        return verified.size();
    }

    private void remember(String token, Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return;
        }
        Instant now = clock.instant();
        Instant validUntil = expiresAt.isBefore(now.plus(maxAge)) ? expiresAt : now.plus(maxAge);
        if (!now.isBefore(validUntil)) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(entry -> !now.isBefore(entry.validUntil()));
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(jwt, validUntil));
    }
}
