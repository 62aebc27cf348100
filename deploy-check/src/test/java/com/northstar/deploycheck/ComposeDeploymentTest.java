package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docker-compose.yml runs every deployable module, each on its own port and schema, started in health order. */
class ComposeDeploymentTest {

    private static final ComposeFile COMPOSE = ComposeFile.read();

    private static final Pattern JDBC_SCHEMA = Pattern.compile("^jdbc:mysql://[^/]+/(\\w+)(\\?.*)?$");

    static List<App> apps() {
        return Suite.apps();
    }

    static List<App> businessServices() {
        return Suite.businessServices();
    }

    @ParameterizedTest
    @MethodSource("apps")
    void everyServiceHasAHealthGatedComposeEntry(App app) {
        int port = app.portOrSkip();

        assertThat(COMPOSE.services()).as("compose services").containsKey(app.name());
        assertThat(COMPOSE.healthCheck(app.name()))
                .as("health check of %s", app)
                .isEqualTo("CMD curl -fsS http://localhost:" + port + "/actuator/health/readiness");
    }

    @ParameterizedTest
    @MethodSource("apps")
    void composeEntryBuildsTheModuleAndRunsItOnItsServerPort(App app) {
        int port = app.portOrSkip();
        Map<String, Object> service = COMPOSE.service(app.name());
        Map<String, String> environment = COMPOSE.environment(app.name());

        assertThat(Yaml.string(service, "build.args.MODULE")).isEqualTo(app.name());
        assertThat(Yaml.string(service, "build.args.PORT")).isEqualTo(String.valueOf(port));
        assertThat(Yaml.string(service, "image")).startsWith("northstar/" + app.name() + ":");
        assertThat(environment).containsEntry("SERVER_PORT", String.valueOf(port));
    }

    /** config-server's prod profile means its git backend; compose serves the mounted folder instead. */
    static List<App> appsOnTheProdProfile() {
        return Suite.apps().stream().filter(app -> !app.name().equals("config-server")).toList();
    }

    @ParameterizedTest
    @MethodSource("appsOnTheProdProfile")
    void everyAppButConfigServerRunsTheProdProfile(App app) {
        assertThat(COMPOSE.environment(app.name())).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
    }

    @Test
    void configServerServesTheSuitesConfigFolderMountedReadOnly() {
        Map<String, String> environment = COMPOSE.environment("config-server");

        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "native").containsEntry("CONFIG_REPO", "/config");
        assertThat(Yaml.list(COMPOSE.service("config-server"), "volumes")).contains("./config:/config:ro");
        assertThat(Files.isDirectory(Suite.ROOT.resolve("config"))).as("the suite's config/ folder").isTrue();
    }

    @ParameterizedTest
    @MethodSource("businessServices")
    void businessServicesStartOnlyOnceMysqlKafkaAndConfigServerAreHealthy(App service) {
        assertThat(COMPOSE.dependsOn(service.name()))
                .containsEntry("mysql", "service_healthy")
                .containsEntry("kafka", "service_healthy")
                .containsEntry("config-server", "service_healthy");
    }

    @Test
    void gatewayStartsOnlyOnceEveryBusinessServiceIsHealthy() {
        Map<String, String> dependsOn = COMPOSE.dependsOn("gateway");

        for (App service : Suite.businessServices()) {
            assertThat(dependsOn).containsEntry(service.name(), "service_healthy");
        }
        assertThat(dependsOn).containsEntry("config-server", "service_healthy").containsEntry("redis", "service_healthy");
    }

    @Test
    void everyDependencyIsHealthGatedOnAServiceThatHasAHealthCheck() {
        for (String service : COMPOSE.services().keySet()) {
            COMPOSE.dependsOn(service).forEach((dependency, condition) -> {
                assertThat(condition).as("%s -> %s", service, dependency).isEqualTo("service_healthy");
                assertThat(COMPOSE.healthCheck(dependency)).as("health check of %s", dependency).isNotBlank();
            });
        }
    }

    @Test
    void everyBusinessServiceUsesItsOwnSchemaWhichTheMysqlInitScriptCreates() {
        String initScript = Yaml.string(COMPOSE.root(), "configs.mysql-schemas.content");
        Map<String, String> schemaByService = new TreeMap<>();
        for (App service : Suite.businessServices()) {
            String url = COMPOSE.environment(service.name()).get("DB_URL");
            assertThat(url).as("DB_URL of %s", service).isNotNull().matches(JDBC_SCHEMA);
            Matcher matcher = JDBC_SCHEMA.matcher(url);
            assertThat(matcher.matches()).isTrue();
            schemaByService.put(service.name(), matcher.group(1));
            assertThat(initScript).contains("CREATE DATABASE IF NOT EXISTS " + matcher.group(1) + " ");
        }
        assertThat(schemaByService.values()).as("schemas by service: %s", schemaByService).doesNotHaveDuplicates();
    }

    @Test
    void onlyTheGatewayIsPublishedOnTheHost() {
        for (String service : COMPOSE.services().keySet()) {
            Collection<Object> ports = Yaml.list(COMPOSE.service(service), "ports");
            if (service.equals("gateway")) {
                assertThat(ports).containsExactly("8080:8080");
            } else {
                assertThat(ports).as("published ports of %s", service).isEmpty();
            }
        }
    }

    @Test
    void everyBuiltImageComesFromAModuleOfTheSuite() {
        for (String service : COMPOSE.services().keySet()) {
            String module = Yaml.string(COMPOSE.service(service), "build.args.MODULE");
            if (module == null) {
                continue;
            }
            Path moduleDir = Suite.ROOT.resolve(module);
            assertThat(Files.isRegularFile(moduleDir.resolve("pom.xml"))).as("%s has a pom", module).isTrue();
            assertThat(Suite.artifactIdOf(moduleDir))
                    .as("the Dockerfile copies <last path segment of MODULE>-<version>.jar")
                    .isEqualTo(moduleDir.getFileName().toString());
        }
    }
}
