package com.northstar.configserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Boots config-server on the repository's config/ folder (the test runs in config-server/) as a service sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.config.server.native.search-locations=file:../config/")
class ConfigServerIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void servesAServiceFileTogetherWithTheSharedOne() throws Exception {
        Map<String, String> properties = effectiveProperties("swap-order-service", "default");

        assertThat(properties).containsEntry("platform.outbox.batch-size", "500")
                .containsEntry("logging.level.org.apache.kafka", "WARN")
                .doesNotContainKey("suite.demo-data");
    }

    @Test
    void localProfileAddsDemoDataAndLocalLimits() throws Exception {
        Map<String, String> properties = effectiveProperties("gateway", "local");

        assertThat(properties).containsEntry("suite.demo-data", "true")
                .containsEntry("gateway.rate-limit.capacity", "1000")
                .containsEntry("spring.cloud.gateway.server.webflux.httpclient.connect-timeout", "2000");
    }

    @Test
    void productionSecretsAreServedAsPlaceholdersForTheServiceToResolve() throws Exception {
        Map<String, String> properties = effectiveProperties("partner-adapter-service", "prod");

        assertThat(properties).containsEntry("spring.datasource.password", "${DB_PASSWORD}")
                .containsEntry("weichuang.secret", "${WEICHUANG_APP_SECRET}")
                .containsEntry("weichuang.base-url", "${WEICHUANG_BASE_URL}");
    }

    @Test
    void profileFilesWinOverTheirBaseFiles() throws Exception {
        assertThat(effectiveProperties("gateway", "prod")).containsEntry("gateway.redis.enabled", "true")
                .containsEntry("gateway.jwt.issuer", "${JWT_ISSUER}");
    }

    @Test
    void probesAndPrometheusAreExposedOnTheManagementPort() throws Exception {
        assertThat(managementPort).as("management port").isNotEqualTo(port);
        assertThat(get(managementPort, "/actuator/health/readiness")).contains("\"UP\"");
        assertThat(get(managementPort, "/actuator/health/liveness")).contains("\"UP\"");
        assertThat(get(managementPort, "/actuator/prometheus")).contains("application=\"config-server\"");
    }

    /**
     * On the public port {@code /actuator/health} reads as application "actuator", profile "health": config-server
     * answers with that (empty) environment, never with the actuator's health or metrics.
     */
    @Test
    void publicPortServesNoActuatorEndpoint() throws Exception {
        assertThat(send(port, "/actuator").statusCode()).as("GET /actuator on the public port").isEqualTo(404);
        assertThat(send(port, "/actuator/health/readiness").body()).doesNotContain("\"UP\"");
        assertThat(send(port, "/actuator/prometheus").body()).doesNotContain("jvm_memory_used_bytes");
        assertThat(send(port, "/actuator/env").body()).doesNotContain("systemProperties");
    }

    /** The properties a client of this application and profile ends up with: the first source naming a key wins. */
    private Map<String, String> effectiveProperties(String application, String profile) throws Exception {
        JsonNode environment = json.readTree(get("/" + application + "/" + profile));
        Map<String, String> properties = new LinkedHashMap<>();
        for (JsonNode source : environment.get("propertySources")) {
            source.get("source").properties()
                    .forEach(entry -> properties.putIfAbsent(entry.getKey(), entry.getValue().asString()));
        }
        return properties;
    }

    private String get(String path) throws IOException, InterruptedException {
        return get(port, path);
    }

    private String get(int onPort, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(onPort, path);
        assertThat(response.statusCode()).as("GET %s on port %s", path, onPort).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(int onPort, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
