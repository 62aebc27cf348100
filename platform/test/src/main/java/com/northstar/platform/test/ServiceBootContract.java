package com.northstar.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every business service promises when it boots: Flyway has built its schema with the platform tables,
 * liveness and readiness are up, Prometheus can scrape it and its OpenAPI document is served. A service's boot
 * test extends this with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and its own schema.
 */
public abstract class ServiceBootContract {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Test
    void flywayCreatesThePlatformTablesInTheServiceSchema() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processed_event").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_key").query(Long.class).single()).isZero();
    }

    @Test
    void livenessAndReadinessProbesAreUp() throws Exception {
        assertThat(get("/actuator/health/liveness")).contains("\"UP\"");
        assertThat(get("/actuator/health/readiness")).contains("\"UP\"");
    }

    @Test
    void prometheusEndpointIsScrapable() throws Exception {
        assertThat(get("/actuator/prometheus")).contains("jvm_memory_used_bytes");
    }

    @Test
    void openApiDocumentIsServedWithTheGatewaysAuthenticationSchemes() throws Exception {
        assertThat(get("/v3/api-docs")).contains("\"openapi\"").contains("\"bearer-jwt\"")
                .contains("\"hmac-signature\"").contains("\"X-App-Key\"").contains("\"url\":\"/\"");
    }

    /** Deny by default: a handler without {@code @CallersAllowed} answers every request 403, so none may lack one. */
    @Test
    void everyHandlerDeclaresItsCallers(org.springframework.context.ApplicationContext context) {
        assertThat(UndeclaredOperations.handlerCount(context)).as("handlers walked").isPositive();
        assertThat(UndeclaredOperations.in(context))
                .as("handlers without @CallersAllowed (deny-by-default answers them 403)").isEmpty();
    }

    /** GET on this service; fails unless the answer is 200. */
    protected String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }
}
