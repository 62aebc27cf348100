package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the modules' own configuration promises the deployments: /actuator on a management port of its own,
 * and in prod a required, fail-fast config-server import and no Flyway shortcuts.
 */
class ServiceSettingsTest {

    private static final String PLATFORM_DEFAULTS = "platform/service/src/main/resources/platform-defaults.yml";

    static List<App> apps() {
        return Suite.apps();
    }

    /** Every app that reads its configuration from config-server: the business services and the gateway. */
    static List<App> configClients() {
        return Suite.apps().stream().filter(app -> !app.name().equals("config-server")).toList();
    }

    @ParameterizedTest
    @MethodSource("apps")
    void everyAppServesItsActuatorOnAManagementPortOfItsOwnThatTheEnvironmentCanSet(App app) {
        assertThat(app.management()).as("management port of %s", app).isNotEqualTo(app.port());
        assertThat(Yaml.string(Suite.applicationYaml(app, ""), "management.server.port"))
                .as("management.server.port of %s", app)
                .isEqualTo("${MANAGEMENT_PORT:" + app.management() + "}");
    }

    @Test
    void noTwoAppsShareAPort() {
        Map<Integer, String> owners = new TreeMap<>();
        for (App app : Suite.apps()) {
            for (int port : List.of(app.port(), app.management())) {
                String previous = owners.put(port, app.name());
                assertThat(previous).as("port %s of %s is also %s's", port, app, previous).isNull();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void theSuiteScriptStartsEveryAppOnItsDeclaredPorts(App app) {
        Suite.SuiteComponent component = Suite.suiteComponents().get(app.name());

        assertThat(component).as("%s in ./suite's COMPONENTS", app).isNotNull();
        assertThat(component.module()).isEqualTo(app.name());
        assertThat(component.port()).as("public port of %s in ./suite", app).isEqualTo(app.port());
        assertThat(component.managementPort()).as("management port of %s in ./suite", app)
                .isEqualTo(String.valueOf(app.management()));
    }

    @Test
    void theSuiteScriptBindsLocalRunsToTheLoopbackAddress() {
        assertThat(Suite.read("suite"))
                .contains("--server.address=127.0.0.1")
                .contains("--management.server.address=127.0.0.1");
    }

    @ParameterizedTest
    @MethodSource("configClients")
    void prodRequiresTheConfigServerImportAndFailsFastWithoutIt(App service) {
        Map<String, Object> prod = Suite.applicationYaml(service, "prod");

        assertThat(Yaml.string(prod, "spring.config.import")).as("spring.config.import of %s in prod", service)
                .isEqualTo("configserver:${CONFIG_SERVER_URL}");
        assertThat(Yaml.at(prod, "spring.cloud.config.fail-fast")).as("fail-fast of %s in prod", service)
                .isEqualTo(true);
    }

    @Test
    void aFailFastImportIsRetriedForAWhileBeforeTheServiceGivesUp() {
        Map<String, Object> defaults = Yaml.load(Suite.ROOT.resolve(PLATFORM_DEFAULTS));

        assertThat((Integer) Yaml.at(defaults, "spring.cloud.config.retry.max-attempts")).isGreaterThan(1);
        for (String pom : List.of("platform/service/pom.xml", "gateway/pom.xml")) {
            assertThat(Suite.read(pom)).as("Spring Retry in %s, without which the config client does not retry", pom)
                    .contains("<artifactId>spring-retry</artifactId>");
        }
    }

    @Test
    void flywayNeitherBaselinesNorMigratesOutOfOrderAnywhere() {
        Map<String, Object> defaults = Yaml.load(Suite.ROOT.resolve(PLATFORM_DEFAULTS));
        assertThat(Yaml.at(defaults, "spring.flyway.baseline-on-migrate")).isEqualTo(false);
        assertThat(Yaml.at(defaults, "spring.flyway.out-of-order")).isEqualTo(false);

        List<String> turnedOn = new ArrayList<>();
        for (Path file : Suite.configurationFiles()) {
            for (Map<String, Object> document : Yaml.loadAll(file)) {
                for (String setting : List.of("baseline-on-migrate", "out-of-order")) {
                    if (Boolean.TRUE.equals(Yaml.at(document, "spring.flyway." + setting))) {
                        turnedOn.add(Suite.ROOT.relativize(file) + ": " + setting);
                    }
                }
            }
        }
        assertThat(turnedOn).as("files that turn them on").isEmpty();
    }

    @Test
    void prodTakesTheDatabaseCredentialsFromTheEnvironmentWithoutDefaults() {
        Map<String, Object> prod = Yaml.load(Suite.ROOT.resolve("config/application-prod.yml"));

        assertThat(Yaml.string(prod, "spring.datasource.url")).isEqualTo("${DB_URL}");
        assertThat(Yaml.string(prod, "spring.datasource.username")).isEqualTo("${DB_USER}");
        assertThat(Yaml.string(prod, "spring.datasource.password")).isEqualTo("${DB_PASSWORD}");
    }
}
