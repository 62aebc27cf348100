package com.northstar.gateway.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

class PublishedKeysTest {

    private static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final Duration MIN_REFETCH = Duration.ofSeconds(10);

    private final RSAKey first = key("first");
    private final RSAKey second = key("second");
    private final AtomicReference<String> published = new AtomicReference<>(jwks(first));
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger fetches = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final HttpServer provider = provider();
    private final PublishedKeys keys = new PublishedKeys(WebClient.create(),
            "http://127.0.0.1:" + provider.getAddress().getPort() + "/jwks", MAX_AGE, MIN_REFETCH, clock);

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    @Test
    void aFetchedSetServesEveryTokenWithinItsMaxAge() {
        assertThat(keyIds("first")).containsExactly("first");
        clock.advance(MAX_AGE.minusSeconds(1));

        assertThat(keyIds("first")).containsExactly("first");
        assertThat(fetches).hasValue(1);
    }

    @Test
    void requestsArrivingTogetherShareOneFetch() {
        SignedJWT token = token("first");

        List<JWK> found = Flux.range(0, 20).flatMap(i -> keys.apply(token)).collectList().block(Duration.ofSeconds(10));

        assertThat(found).hasSize(20);
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aNewKeyIsFetchedForTheFirstTokenThatNamesIt() {
        keyIds("first");
        clock.advance(MIN_REFETCH);
        published.set(jwks(first, second));

        assertThat(keyIds("second")).containsExactly("second");
        assertThat(keyIds("first")).containsExactly("first");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void madeUpKeyIdsFetchAgainAtMostOncePerInterval() {
        keyIds("first");
        clock.advance(MIN_REFETCH);

        for (int i = 0; i < 50; i++) {
            assertThat(keyIds("made-up-" + i)).isEmpty();
        }

        assertThat(fetches).hasValue(2);
    }

    @Test
    void aWithdrawnKeyIsRefusedOnceTheSetHasAgedOut() {
        published.set(jwks(first, second));
        keyIds("first");
        published.set(jwks(second));

        assertThat(keyIds("first")).containsExactly("first");
        clock.advance(MAX_AGE);
        assertThat(keyIds("first")).isEmpty();
        assertThat(keyIds("second")).containsExactly("second");
    }

    @Test
    void theLastSetStaysInUseWhileTheProviderCannotBeReached() {
        keyIds("first");
        status.set(503);
        clock.advance(MAX_AGE);

        assertThat(keyIds("first")).containsExactly("first");
        assertThat(keyIds("first")).containsExactly("first");
        assertThat(fetches).as("tried again only after the refetch interval").hasValue(2);
        clock.advance(MIN_REFETCH);
        status.set(200);
        published.set(jwks(second));
        assertThat(keyIds("first")).isEmpty();
        assertThat(fetches).hasValue(3);
    }

    private List<String> keyIds(String kid) {
        return keys.apply(token(kid)).map(JWK::getKeyID).collectList().block(Duration.ofSeconds(10));
    }

    private static SignedJWT token(String kid) {
        return new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                new JWTClaimsSet.Builder().subject("someone").build());
    }

    private HttpServer provider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/jwks", exchange -> {
                fetches.incrementAndGet();
                byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status.get(), body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwks(RSAKey... keys) {
        return new JWKSet(List.<JWK>of(keys)).toPublicJWKSet().toString();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
