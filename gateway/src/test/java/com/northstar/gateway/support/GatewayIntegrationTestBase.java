package com.northstar.gateway.support;

import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as in production (no local profile): people's tokens are checked against the test issuer's JWKS,
 * every service (and the auth-server) is the echo backend except stored-value, which is down. The test client is a trusted proxy, so a
 * test can speak for any client address with {@code X-Forwarded-For} ({@link #fromClient}). One Spring context for
 * the family.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.config.enabled=false", "management.server.port=0"})
public abstract class GatewayIntegrationTestBase {

    protected static final EchoBackend BACKEND = EchoBackend.start();
    protected static final TestIssuer ISSUER = new TestIssuer();

    /** Small enough that a test can empty a bucket, large enough for every other test's caller. */
    protected static final int RATE_LIMIT_CAPACITY = 20;

    /**
     * Failed authentications a client address may have. One is forgiven every 100 s, so an address a test floods
     * stays refused for the rest of the run, and the family's own 401s from 127.0.0.1 stay well below it.
     */
    protected static final int AUTH_FAILURE_CAPACITY = 40;

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        BACKEND.publishJwks(ISSUER.jwks());
        for (String service : new String[] {"ASSET", "MEMBER", "DEPOSIT", "SWAP_ORDER", "PARTNER_ADAPTER", "PARKING"}) {
            registry.add(service + "_SERVICE_URI", BACKEND::uri);
        }
        registry.add("AUTH_SERVER_URI", BACKEND::uri);
        registry.add("STORED_VALUE_SERVICE_URI", () -> "http://127.0.0.1:" + unusedPort());
        registry.add("JWT_ISSUER", () -> TestIssuer.ISSUER);
        registry.add("JWT_JWK_SET_URI", () -> BACKEND.uri() + "/jwks");
        registry.add("PARTNER_WEICHUANG_APP_KEY", () -> "weichuang-local");
        registry.add("PARTNER_WEICHUANG_SECRET", () -> "weichuang-local-secret");
        registry.add("PARTNER_CABINET_APP_KEY", () -> "cabinet-local");
        registry.add("PARTNER_CABINET_SECRET", () -> "cabinet-local-secret");
        registry.add("PARTNER_PAY_APP_KEY", () -> "pay-local");
        registry.add("PARTNER_PAY_SECRET", () -> "pay-local-secret");
        registry.add("gateway.rate-limit.capacity", () -> RATE_LIMIT_CAPACITY);
        registry.add("gateway.rate-limit.refill-per-second", () -> 2);
        registry.add("gateway.rate-limit.auth-failures.capacity", () -> AUTH_FAILURE_CAPACITY);
        registry.add("gateway.rate-limit.auth-failures.refill-per-second", () -> 0.01);
        registry.add("gateway.client-ip.trusted-proxies", () -> "127.0.0.0/8,::1/128");
        // A key published between two tests is fetched at once, however soon after the family's last fetch (the
        // refetch interval itself: PublishedKeysTest).
        registry.add("gateway.jwt.keys.min-refetch-interval", () -> "0s");
    }

    protected WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** A client whose requests come through the trusted test proxy on behalf of {@code clientAddress}. */
    protected WebTestClient fromClient(String clientAddress) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader("X-Forwarded-For", clientAddress)
                .build();
    }

    /** The gateway's actuator, on the management port. */
    protected WebTestClient management() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
    }

    protected int port() {
        return port;
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
