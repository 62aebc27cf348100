package com.northstar.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built gateway jar run as a child JVM in the local profile (it mints its own tokens), without config-server,
 * its swap-order route pointed at the benchmark's service, and a rate limit no benchmark reaches (the limiter
 * still does its work on every request).
 */
final class GatewayJar {

    private static final long UNREACHABLE_RATE = 1_000_000_000L;

    private final Path jar;
    private final Path workDir;

    GatewayJar(Path jar, Path workDir) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no gateway jar at " + jar.toAbsolutePath() + ": build it with ./mvnw -q"
                    + " -pl gateway,bench -am package -DskipTests, or pass --gateway-jar=PATH");
        }
        this.jar = jar.toAbsolutePath();
        this.workDir = workDir;
    }

    /** Starts the gateway (bound to 127.0.0.1) and returns once it reports ready. */
    ChildJvm start(int port, int managementPort, URI swapOrderService, List<String> jvmFlags,
            List<String> extraArguments) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=local",
                "--spring.config.import=",
                "--spring.cloud.config.enabled=false",
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--management.server.port=" + managementPort, "--management.server.address=127.0.0.1",
                "--gateway.rate-limit.capacity=" + UNREACHABLE_RATE,
                "--gateway.rate-limit.refill-per-second=" + UNREACHABLE_RATE));
        arguments.addAll(extraArguments);
        ChildJvm jvm = ChildJvm.start("gateway", ChildJvm.javaCommand(jvmFlags, jar, arguments),
                Map.of("SWAP_ORDER_SERVICE_URI", swapOrderService.toString()), workDir, workDir.resolve("gateway.log"));
        return jvm.awaitReady(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"));
    }

    /** A person's token from the gateway's {@code POST /dev/tokens} (local profile only). */
    static String mintToken(URI gateway, String subject, String role) throws IOException, InterruptedException {
        return mintToken(gateway, subject, role, List.of());
    }

    /** The same for a person of these merchants. */
    static String mintToken(URI gateway, String subject, String role, List<String> merchantIds)
            throws IOException, InterruptedException {
        JsonMapper json = JsonMapper.builder().build();
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/dev/tokens")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("sub", subject,
                        "roles", List.of(role), "merchantIds", merchantIds))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        JsonNode token = response.statusCode() == 200 ? json.readTree(response.body()).path("token") : null;
        if (token == null || !token.isString()) {
            throw new IllegalStateException("POST /dev/tokens answered HTTP " + response.statusCode() + ": "
                    + response.body());
        }
        return token.asString();
    }
}
