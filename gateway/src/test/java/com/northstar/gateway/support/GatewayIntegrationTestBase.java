package com.northstar.gateway.support;

import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as in production (no local profile): people's tokens are checked against the test issuer's JWKS,
 * every service is the echo backend except stored-value, which is down. One Spring context for the family.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.config.enabled=false")
public abstract class GatewayIntegrationTestBase {

    protected static final EchoBackend BACKEND = EchoBackend.start();
    protected static final TestIssuer ISSUER = new TestIssuer();

    /** Small enough that a test can empty a bucket, large enough for every other test's caller. */
    protected static final int RATE_LIMIT_CAPACITY = 20;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        BACKEND.publishJwks(ISSUER.jwks());
        for (String service : new String[] {"ASSET", "MEMBER", "DEPOSIT", "SWAP_ORDER", "PARKING"}) {
            registry.add(service + "_SERVICE_URI", BACKEND::uri);
        }
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
    }

    protected WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
