package com.northstar.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every business service promises when it boots: Flyway has built its schema with the platform tables,
 * liveness and readiness are up and Prometheus can scrape it on the management port (and /actuator is not served
 * on the public port), and its OpenAPI document is served. A service's boot test extends this with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} (which puts the management port on a random port of its
 * own too) and its own schema.
 */
public abstract class ServiceBootContract {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    @Autowired
    protected JdbcClient jdbc;

    @Test
    void flywayCreatesThePlatformTablesInTheServiceSchema() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processed_event").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_key").query(Long.class).single()).isZero();
    }

    @Test
    void livenessAndReadinessProbesAreUpOnTheManagementPort() throws Exception {
        assertThat(managementPort).as("management port").isNotEqualTo(port);
        assertThat(getManagement("/actuator/health/liveness")).contains("\"UP\"");
        assertThat(getManagement("/actuator/health/readiness")).contains("\"UP\"");
    }

    @Test
    void prometheusEndpointIsScrapableOnTheManagementPort() throws Exception {
        assertThat(getManagement("/actuator/prometheus")).contains("jvm_memory_used_bytes");
    }

    @Test
    void publicPortDoesNotServeTheActuator() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/env"}) {
            assertThat(status(port, path)).as("GET %s on the public port", path).isEqualTo(404);
        }
    }

    @Test
    void openApiDocumentIsServedWithTheGatewaysAuthenticationSchemes() throws Exception {
        assertThat(get("/v3/api-docs")).contains("\"openapi\"").contains("\"bearer-jwt\"")
                .contains("\"hmac-signature\"").contains("\"X-App-Key\"").contains("\"url\":\"/\"");
    }

    /**
     * The served document is the one committed under openapi/ (the console's API types are generated from it): a
     * changed operation fails here until the document is renewed with OPENAPI_UPDATE=true.
     */
    @Test
    void openApiDocumentIsTheCommittedOne(@Value("${spring.application.name}") String applicationName) throws Exception {
        String served = OpenApiDocuments.canonical(get("/v3/api-docs"));
        Path committed = OpenApiDocuments.committedFile(applicationName);
        if (OpenApiDocuments.updating()) {
            OpenApiDocuments.write(committed, served);
        }
        assertThat(committed).as("%s; write it with %s=true", committed, OpenApiDocuments.UPDATE_VARIABLE).exists();
        assertThat(Files.readString(committed))
                .as("%s differs from the served document; renew it with %s=true (and check the console: npm run build)",
                        committed, OpenApiDocuments.UPDATE_VARIABLE)
                .isEqualTo(served);
    }

    /** Deny by default: a handler without {@code @CallersAllowed} answers every request 403, so none may lack one. */
    @Test
    void everyHandlerDeclaresItsCallers(ApplicationContext context) {
        assertThat(UndeclaredOperations.handlerCount(context)).as("handlers walked").isPositive();
        assertThat(UndeclaredOperations.in(context))
                .as("handlers without @CallersAllowed (deny-by-default answers them 403)").isEmpty();
    }

    /** GET on this service's public port; fails unless the answer is 200. */
    protected String get(String path) throws IOException, InterruptedException {
        return getOk(port, path);
    }

    /** GET on this service's management port; fails unless the answer is 200. */
    protected String getManagement(String path) throws IOException, InterruptedException {
        return getOk(managementPort, path);
    }

    private String getOk(int onPort, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(onPort, path);
        assertThat(response.statusCode()).as("GET %s on port %s", path, onPort).isEqualTo(200);
        return response.body();
    }

    private int status(int onPort, String path) throws IOException, InterruptedException {
        return send(onPort, path).statusCode();
    }

    private HttpResponse<String> send(int onPort, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
