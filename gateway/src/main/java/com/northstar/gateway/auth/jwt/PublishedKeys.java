package com.northstar.gateway.auth.jwt;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The keys an identity provider publishes (its JWKS), as the gateway verifies tokens with them. A fetched set is
 * used for at most {@code maxAge}, so a key the provider withdraws (rotated out, or leaked) stops being accepted
 * within that time without a restart. A token naming a key id not in the set fetches it again at once, so a new key
 * is accepted as soon as it is published, but at most once per {@code minRefetchInterval}: tokens with made-up key
 * ids cannot make the gateway hammer the provider. When a refetch fails the last set stays in use (logged) and is
 * tried again after {@code minRefetchInterval}, so an unreachable provider logs nobody out. Concurrent requests share
 * one fetch.
 */
final class PublishedKeys implements Function<SignedJWT, Flux<JWK>> {

    private static final Logger log = LoggerFactory.getLogger(PublishedKeys.class);

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    /**
     * @param staleAt       from then on the set is fetched again before it is used
     * @param refetchableAt before then an unknown key id does not fetch again
     */
    private record Fetched(JWKSet keys, Instant staleAt, Instant refetchableAt) {
    }

    private final WebClient web;
    private final String uri;
    private final Duration maxAge;
    private final Duration minRefetchInterval;
    private final Clock clock;
    private final AtomicReference<Fetched> current = new AtomicReference<>();
    private final AtomicReference<Mono<Fetched>> inFlight = new AtomicReference<>();

    PublishedKeys(WebClient web, String uri, Duration maxAge, Duration minRefetchInterval, Clock clock) {
        this.web = web;
        this.uri = uri;
        this.maxAge = maxAge;
        this.minRefetchInterval = minRefetchInterval;
        this.clock = clock;
    }

    @Override
    public Flux<JWK> apply(SignedJWT token) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(token.getHeader()));
        Fetched known = current.get();
        Mono<Fetched> keys = known == null || !clock.instant().isBefore(known.staleAt()) ? fetch() : Mono.just(known);
        return keys.flatMapMany(fetched -> {
            List<JWK> found = selector.select(fetched.keys());
            if (!found.isEmpty() || clock.instant().isBefore(fetched.refetchableAt())) {
                return Flux.fromIterable(found);
            }
            return fetch().flatMapIterable(again -> selector.select(again.keys()));
        });
    }

    /** One fetch at a time: a request that finds one under way waits for it. */
    private Mono<Fetched> fetch() {
        Mono<Fetched> running = inFlight.get();
        if (running != null) {
            return running;
        }
        Mono<Fetched> fetch = web.get().uri(uri).retrieve().bodyToMono(String.class)
                .timeout(FETCH_TIMEOUT)
                .map(this::parse)
                .onErrorResume(e -> {
                    Fetched last = current.get();
                    if (last == null) {
                        return Mono.error(e);
                    }
                    log.warn("The identity provider's keys could not be fetched again from {}; the last ones stay in"
                            + " use: {}", uri, e.getMessage());
                    Instant retryAt = clock.instant().plus(minRefetchInterval);
                    return Mono.just(new Fetched(last.keys(), retryAt, retryAt));
                })
                // Before the answer goes out: whoever asks next finds the new set, not this finished fetch.
                .doOnNext(fetched -> {
                    current.set(fetched);
                    inFlight.set(null);
                })
                .doOnError(e -> inFlight.set(null))
                .cache();
        return inFlight.compareAndSet(null, fetch) ? fetch : fetch();
    }

    private Fetched parse(String json) {
        try {
            Instant now = clock.instant();
            return new Fetched(JWKSet.parse(json), now.plus(maxAge), now.plus(minRefetchInterval));
        } catch (ParseException e) {
            throw new IllegalStateException("the JWKS at " + uri + " is not a JWK set", e);
        }
    }
}
