package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docker-compose.yml runs every deployable module, each on its own ports, schema and database user, within a
 * memory limit, on a read-only root filesystem, started in health order, with every secret required from the
 * environment; the gateway trusts the auth-server's tokens.
 */
class ComposeDeploymentTest {

    private static final ComposeFile COMPOSE = ComposeFile.read();

    private static final Pattern JDBC_SCHEMA = Pattern.compile("^jdbc:mysql://[^/]+/(\\w+)(\\?.*)?$");

    /** {@code ${NAME:?message}}: compose refuses to start while NAME is unset or empty. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("^\\$\\{([A-Z][A-Z0-9_]*):\\?[^}]*}$");

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(password|secret|token|private_?key|signing_?keys?).*");

    private static final Pattern GRANT = Pattern.compile("(?i)GRANT\\s+(.+?)\\s+ON\\s+(\\S+)\\s+TO\\s+'([^']+)'");

    static List<App> apps() {
        return Suite.apps();
    }

    static List<App> businessServices() {
        return Suite.businessServices();
    }

    /** Every container built from the suite's Dockerfile: the apps and the Weichuang simulator. */
    static List<String> appContainers() {
        return COMPOSE.services().keySet().stream()
                .filter(service -> Yaml.at(COMPOSE.service(service), "build") != null).toList();
    }

    @ParameterizedTest
    @MethodSource("apps")
    void everyServiceHasAComposeEntryHealthCheckedOnItsManagementPort(App app) {
        assertThat(COMPOSE.services()).as("compose services").containsKey(app.name());
        assertThat(COMPOSE.healthCheck(app.name()))
                .as("health check of %s", app)
                .isEqualTo("CMD curl -fsS http://localhost:" + app.management() + "/actuator/health/readiness");
    }

    @ParameterizedTest
    @MethodSource("apps")
    void composeEntryBuildsTheModuleAndRunsItOnItsServerAndManagementPorts(App app) {
        Map<String, Object> service = COMPOSE.service(app.name());
        Map<String, String> environment = COMPOSE.environment(app.name());

        assertThat(Yaml.string(service, "build.args.MODULE")).isEqualTo(app.name());
        assertThat(Yaml.string(service, "build.args.PORT")).isEqualTo(String.valueOf(app.port()));
        assertThat(Yaml.string(service, "build.args.MANAGEMENT_PORT")).isEqualTo(String.valueOf(app.management()));
        assertThat(Yaml.string(service, "image")).startsWith("northstar/" + app.name() + ":");
        assertThat(environment).containsEntry("SERVER_PORT", String.valueOf(app.port()))
                .containsEntry("MANAGEMENT_PORT", String.valueOf(app.management()));
    }

    @Test
    void everyContainerHasAMemoryLimit() {
        for (String service : COMPOSE.services().keySet()) {
            String limit = Optional.ofNullable(Yaml.string(COMPOSE.service(service), "mem_limit"))
                    .orElse(Yaml.string(COMPOSE.service(service), "deploy.resources.limits.memory"));
            assertThat(limit).as("memory limit of %s (mem_limit or deploy.resources.limits.memory)", service)
                    .isNotBlank().matches("\\d+[kmg]b?");
        }
    }

    @Test
    void everyContainerIsRestartedWhenItDiesUnlessSomeoneStoppedIt() {
        for (String service : COMPOSE.services().keySet()) {
            assertThat(Yaml.string(COMPOSE.service(service), "restart")).as("restart policy of %s", service)
                    .isEqualTo("unless-stopped");
        }
    }

    @Test
    void everyContainerHasAHealthCheck() {
        for (String service : COMPOSE.services().keySet()) {
            assertThat(COMPOSE.healthCheck(service)).as("health check of %s", service).isNotBlank().isNotEqualTo("NONE");
            assertThat(Yaml.at(COMPOSE.service(service), "healthcheck.disable")).as("%s's disabled", service).isNull();
        }
    }

    @Test
    void theAppContainersAreTheElevenBuiltFromTheDockerfile() {
        assertThat(appContainers()).as("containers with build:")
                .containsAll(Suite.apps().stream().map(App::name).toList()).contains("weichuang-simulator")
                .hasSize(Suite.apps().size() + 1);
    }

    /** The JVM's tmpdir is /tmp (Dockerfile): Tomcat's work directory, multipart uploads, hsperfdata. */
    @ParameterizedTest
    @MethodSource("appContainers")
    void everyAppContainerRunsOnAReadOnlyRootFilesystemWithATmpfsOnTmp(String service) {
        assertThat(Yaml.at(COMPOSE.service(service), "read_only")).as("read_only of %s", service).isEqualTo(true);
        assertThat(Yaml.list(COMPOSE.service(service), "tmpfs")).as("tmpfs of %s", service).containsExactly("/tmp");
        assertThat(Suite.read("Dockerfile")).contains("-Djava.io.tmpdir=/tmp");
    }

    /**
     * The apps that keep files (parking's renewal documents, stored-value's uploaded member files) keep them in a
     * named volume, which a new volume lets the app user write only when the image gives that user the directory
     * it is mounted on.
     */
    @ParameterizedTest
    @MethodSource("appContainers")
    void everyDirectoryAnAppWritesBesidesTmpIsANamedVolumeOnADirectoryOfTheAppUser(String service) {
        Map<String, String> writtenDirectories = Map.of(
                "parking-service", "PARKING_STORAGE_DIR", "stored-value-service", "STORED_VALUE_IMPORT_DIR");
        List<String[]> namedVolumes = Yaml.list(COMPOSE.service(service), "volumes").stream()
                .map(volume -> String.valueOf(volume).split(":"))
                .filter(volume -> !volume[0].startsWith(".") && !volume[0].startsWith("/")).toList();
        if (!writtenDirectories.containsKey(service)) {
            assertThat(namedVolumes).as("named volumes of %s, which writes only to /tmp", service).isEmpty();
            return;
        }
        String directory = COMPOSE.environment(service).get(writtenDirectories.get(service));
        assertThat(directory).as("%s of %s", writtenDirectories.get(service), service).isNotBlank();
        assertThat(namedVolumes).as("a named volume of %s holding %s", service, directory).hasSize(1);
        String volume = namedVolumes.get(0)[0];
        String target = namedVolumes.get(0)[1];
        assertThat(directory).startsWith(target + "/");
        assertThat(Yaml.map(COMPOSE.root(), "volumes")).as("top-level volumes").containsKey(volume);
        assertThat(Suite.read("Dockerfile")).as("the image gives the app user %s", target)
                .contains("install -d -o app -g app " + target + "\n");
    }

    @ParameterizedTest
    @MethodSource("appContainers")
    void everyAppContainerSendsItsTracesToZipkinSampledAsTheEnvironmentSays(String service) {
        assertThat(COMPOSE.environment(service))
                .containsEntry("TRACING_ZIPKIN_ENDPOINT", "http://zipkin:9411/api/v2/spans")
                .containsEntry("TRACING_SAMPLING_PROBABILITY", "${TRACING_SAMPLING_PROBABILITY:-1.0}");
    }

    @Test
    void everySecretIsRequiredFromTheEnvironmentWithoutADefault() {
        for (String service : COMPOSE.services().keySet()) {
            COMPOSE.environment(service).forEach((name, value) -> {
                if (SECRET_NAME.matcher(name).matches() && !isTheDemoAccountsPassword(service, name)) {
                    assertThat(value).as("%s of %s", name, service).matches(REQUIRED_VARIABLE);
                }
            });
        }
    }

    /**
     * The one secret with a default: the password of the auth-server's demo accounts, which compose (a demo stack)
     * creates; a deployment of its own (Kubernetes prod) never creates them.
     */
    private static boolean isTheDemoAccountsPassword(String service, String name) {
        return name.equals("DEMO_PASSWORD") && "true".equals(COMPOSE.environment(service).get("AUTH_DEMO_ACCOUNTS"));
    }

    @Test
    void everyAppWithASchemaLogsInAsAUserOfItsOwnWithRightsOnItsOwnSchemaOnly() {
        String initScript = Yaml.string(COMPOSE.root(), "configs.mysql-schemas.content");
        Map<String, String> userByService = new TreeMap<>();
        for (App service : Suite.appsWithASchema()) {
            Map<String, String> environment = COMPOSE.environment(service.name());
            String user = environment.get("DB_USER");
            String password = environment.get("DB_PASSWORD");
            Matcher schema = JDBC_SCHEMA.matcher(environment.getOrDefault("DB_URL", ""));
            assertThat(schema.matches()).as("DB_URL of %s", service).isTrue();
            assertThat(user).as("DB_USER of %s", service).matches("[a-z][a-z0-9_]{0,31}");
            assertThat(password).as("DB_PASSWORD of %s", service).matches(REQUIRED_VARIABLE);
            userByService.put(service.name(), user);

            assertThat(initScript).as("the init script creates %s with the password %s is given", user, service)
                    .contains("CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY '" + password + "';");
            List<String> grantedOn = grants(initScript).stream().filter(grant -> grant[2].equals(user))
                    .map(grant -> grant[1]).toList();
            assertThat(grantedOn).as("what %s may touch", user).containsExactly(schema.group(1) + ".*");
        }
        assertThat(userByService.values()).as("users by service: %s", userByService).doesNotHaveDuplicates();
        assertThat(grants(initScript)).as("grants on every schema").noneMatch(grant -> grant[1].startsWith("*."));
        assertThat(COMPOSE.environment("mysql")).as("a shared application user of the image").doesNotContainKeys(
                "MYSQL_USER", "MYSQL_PASSWORD");
    }

    /** Each GRANT of the script as {privileges, on, user}. */
    private static List<String[]> grants(String script) {
        List<String[]> grants = new ArrayList<>();
        Matcher grant = GRANT.matcher(script);
        while (grant.find()) {
            grants.add(new String[] {grant.group(1), grant.group(2), grant.group(3)});
        }
        return grants;
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
        assertThat(dependsOn).containsEntry("config-server", "service_healthy").containsEntry("redis", "service_healthy")
                .containsEntry("auth-server", "service_healthy");
    }

    @Test
    void authServerStartsOnlyOnceMysqlAndConfigServerAreHealthy() {
        assertThat(COMPOSE.dependsOn("auth-server"))
                .containsEntry("mysql", "service_healthy")
                .containsEntry("config-server", "service_healthy");
    }

    /**
     * The issuer-mismatch pitfall: a token says who issued it by the auth-server's public URL (what browsers use),
     * while the gateway fetches the keys over the compose network, where that URL (the host's localhost) leads
     * nowhere. So the issuer is the same expression on both sides, and the keys come from the service's own name.
     */
    @Test
    void gatewayRequiresTheAuthServersPublicIssuerAndFetchesItsKeysOverTheComposeNetwork() {
        Map<String, String> gateway = COMPOSE.environment("gateway");
        Map<String, String> authServer = COMPOSE.environment("auth-server");
        String authServerPort = Yaml.string(COMPOSE.service("auth-server"), "build.args.PORT");

        assertThat(gateway.get("JWT_ISSUER")).as("the gateway's JWT_ISSUER").isNotBlank()
                .isEqualTo(authServer.get("AUTH_ISSUER"));
        assertThat(gateway).containsEntry("JWT_JWK_SET_URI", "http://auth-server:" + authServerPort + "/oauth2/jwks")
                .containsEntry("AUTH_SERVER_URI", "http://auth-server:" + authServerPort);
    }

    @Test
    void authServerSignsWithAKeyThatMustBeGivenAndCreatesTheDemoAccounts() {
        Map<String, String> authServer = COMPOSE.environment("auth-server");

        assertThat(authServer.get("AUTH_SIGNING_KEYS")).as("AUTH_SIGNING_KEYS has no default")
                .matches(REQUIRED_VARIABLE).doesNotContain(":-");
        assertThat(authServer).containsEntry("AUTH_DEMO_ACCOUNTS", "true");
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
    void everyAppWithASchemaUsesItsOwnWhichTheMysqlInitScriptCreates() {
        String initScript = Yaml.string(COMPOSE.root(), "configs.mysql-schemas.content");
        Map<String, String> schemaByService = new TreeMap<>();
        for (App service : Suite.appsWithASchema()) {
            String url = COMPOSE.environment(service.name()).get("DB_URL");
            assertThat(url).as("DB_URL of %s", service).isNotNull().matches(JDBC_SCHEMA);
            Matcher matcher = JDBC_SCHEMA.matcher(url);
            assertThat(matcher.matches()).isTrue();
            schemaByService.put(service.name(), matcher.group(1));
            assertThat(initScript).contains("CREATE DATABASE IF NOT EXISTS " + matcher.group(1) + " ");
        }
        assertThat(schemaByService.values()).as("schemas by service: %s", schemaByService).doesNotHaveDuplicates();
    }

    /**
     * The gateway, and the auth-server's login page, which people's browsers open; Prometheus, Grafana and Zipkin
     * for the person at the host only (Prometheus and Zipkin have no login).
     */
    @Test
    void onlyTheGatewayAndTheAuthServerArePublishedOnTheHostAndTheObservabilityToolsOnItsLoopback() {
        Map<String, String> loopbackOnly = Map.of("prometheus", "9090", "grafana", "3000", "zipkin", "9411");
        for (String service : COMPOSE.services().keySet()) {
            Collection<Object> ports = Yaml.list(COMPOSE.service(service), "ports");
            if (service.equals("gateway")) {
                assertThat(ports).containsExactly("8080:8080");
            } else if (service.equals("auth-server")) {
                assertThat(ports).containsExactly("9000:9000");
            } else if (loopbackOnly.containsKey(service)) {
                String port = loopbackOnly.get(service);
                assertThat(ports).as("published ports of %s", service).containsExactly("127.0.0.1:" + port + ":" + port);
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
