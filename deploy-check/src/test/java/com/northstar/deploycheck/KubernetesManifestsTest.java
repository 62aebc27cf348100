package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What holds for the base and for each overlay after it is applied: every app deployed, probed and scraped alike. */
class KubernetesManifestsTest {

    private static final Pattern JDBC_SCHEMA = Pattern.compile("^jdbc:mysql://[^/]+/(\\w+)(\\?.*)?$");

    private static final Pattern VARIABLE_REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(password|secret|token|private_?key|signing_?keys?).*");

    /** The container port names every app uses: its public port and its management (/actuator) port. */
    private static final String PUBLIC = "http";
    private static final String MANAGEMENT = "management";

    private static final Map<String, Object> FROM_GATEWAY = peer("app.kubernetes.io/name", "gateway");

    /** Prometheus as the README documents it: pods named prometheus in the namespace monitoring. */
    private static final Map<String, Object> FROM_PROMETHEUS = Map.of(
            "namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "monitoring")),
            "podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "prometheus")));

    static Stream<Arguments> targetsAndApps() {
        return Stream.of(KubernetesTarget.values())
                .flatMap(target -> Suite.apps().stream().map(app -> Arguments.of(target, app)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void everyAppHasADeploymentServiceAutoscalerAndDisruptionBudget(KubernetesTarget target, App app) {
        Manifests manifests = target.manifests();
        Map<String, Object> podLabels = Yaml.map(manifests.get("Deployment", app.name()), "spec.template.metadata.labels");

        assertThat(podLabels).containsAllEntriesOf(Yaml.map(manifests.get("Deployment", app.name()), "spec.selector.matchLabels"));
        assertThat(podLabels).containsAllEntriesOf(Yaml.map(manifests.get("Service", app.name()), "spec.selector"));
        assertThat(podLabels).containsAllEntriesOf(
                Yaml.map(manifests.get("PodDisruptionBudget", app.name()), "spec.selector.matchLabels"));
        assertThat(Yaml.string(manifests.get("PodDisruptionBudget", app.name()), "spec.minAvailable")).isEqualTo("1");

        Map<String, Object> autoscaler = manifests.get("HorizontalPodAutoscaler", app.name());
        assertThat(Yaml.string(autoscaler, "apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(Yaml.string(autoscaler, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
        assertThat(Yaml.string(autoscaler, "spec.scaleTargetRef.name")).isEqualTo(app.name());
        assertThat(Yaml.string(autoscaler, "spec.metrics.0.resource.name")).isEqualTo("cpu");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void containerPortsAreTheAppsServerAndManagementPortsAndTheServiceExposesOnlyThePublicOne(
            KubernetesTarget target, App app) {
        Manifests manifests = target.manifests();
        Map<String, Object> service = manifests.get("Service", app.name());

        assertThat(manifests.containerPorts(app.name()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(PUBLIC, app.port(), MANAGEMENT, app.management()));
        assertThat(Yaml.maps(service, "spec.ports")).as("ports of Service %s", app).hasSize(1);
        assertThat(Yaml.at(service, "spec.ports.0.port")).isEqualTo(app.port());
        assertThat(Yaml.string(service, "spec.ports.0.targetPort")).isEqualTo(PUBLIC);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void probesUseTheActuatorLivenessAndReadinessGroupsOnTheManagementPort(KubernetesTarget target, App app) {
        Map<String, Object> container = target.manifests().container(app.name());

        assertThat(Yaml.string(container, "startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(Yaml.string(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(Yaml.string(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(Yaml.string(container, probe + ".httpGet.port")).as(probe).isEqualTo(MANAGEMENT);
            assertThat((Integer) Yaml.at(container, probe + ".periodSeconds")).as(probe).isBetween(1, 30);
        }
        int startupBudgetSeconds = (Integer) Yaml.at(container, "startupProbe.periodSeconds")
                * (Integer) Yaml.at(container, "startupProbe.failureThreshold");
        assertThat(startupBudgetSeconds).as("seconds a slow start may take on 2 cores").isGreaterThanOrEqualTo(120);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void prometheusScrapesTheActuatorPrometheusEndpointOnTheManagementPort(KubernetesTarget target, App app) {
        int port = app.management();
        Map<String, Object> annotations = Yaml.map(
                target.manifests().get("Deployment", app.name()), "spec.template.metadata.annotations");

        assertThat(annotations)
                .containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", "/actuator/prometheus")
                .containsEntry("prometheus.io/port", String.valueOf(port));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void imageIsNamedAfterTheApp(KubernetesTarget target, App app) {
        String image = Yaml.string(target.manifests().container(app.name()), "image");
        String repository = image.replaceFirst("[:@][^/]*$", "");

        assertThat(repository.substring(repository.lastIndexOf('/') + 1)).as(image).isEqualTo(app.name());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void environmentRunsTheProdProfileOnTheAppsPorts(KubernetesTarget target, App app) {
        Map<String, String> environment = target.manifests().environment(app.name());

        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        if (environment.containsKey("SERVER_PORT")) {
            assertThat(environment).containsEntry("SERVER_PORT", String.valueOf(app.port()));
        }
        if (environment.containsKey("MANAGEMENT_PORT")) {
            assertThat(environment).containsEntry("MANAGEMENT_PORT", String.valueOf(app.management()));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void everyVariableTheEnvironmentReferencesIsDefinedBeforeUse(KubernetesTarget target, App app) {
        Map<String, String> environment = target.manifests().environment(app.name());

        environment.forEach((name, value) -> {
            Matcher reference = VARIABLE_REFERENCE.matcher(value);
            while (reference.find()) {
                assertThat(environment).as("%s references $(%s)", name, reference.group(1)).containsKey(reference.group(1));
            }
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void everyConfigMapTheContainerReadsExists(KubernetesTarget target, App app) {
        for (Map<String, Object> source : Yaml.maps(target.manifests().container(app.name()), "envFrom")) {
            String configMap = Yaml.string(source, "configMapRef.name");
            if (configMap != null) {
                assertThat(target.manifests().find("ConfigMap", configMap)).as("ConfigMap %s", configMap).isPresent();
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void rollingUpdatesStartTheNewPodBeforeStoppingAnOldOne(KubernetesTarget target, App app) {
        Map<String, Object> strategy = Yaml.map(target.manifests().get("Deployment", app.name()), "spec.strategy");

        assertThat(strategy).containsEntry("type", "RollingUpdate");
        assertThat(Yaml.at(strategy, "rollingUpdate.maxUnavailable")).isEqualTo(0);
        assertThat(Yaml.at(strategy, "rollingUpdate.maxSurge")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void podsRunAsNonRootOnAReadOnlyRootFilesystemWithAWritableTmp(KubernetesTarget target, App app) {
        Map<String, Object> pod = Yaml.map(target.manifests().get("Deployment", app.name()), "spec.template.spec");
        Map<String, Object> container = target.manifests().container(app.name());

        assertThat(Yaml.at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
        assertThat(Yaml.at(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(Yaml.at(container, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
        String tmpVolume = Yaml.maps(container, "volumeMounts").stream()
                .filter(mount -> "/tmp".equals(mount.get("mountPath")))
                .map(mount -> Yaml.string(mount, "name"))
                .findFirst().orElseThrow(() -> new AssertionError(app + " mounts nothing on /tmp"));
        assertThat(Yaml.maps(pod, "volumes"))
                .anySatisfy(volume -> {
                    assertThat(volume).containsEntry("name", tmpVolume);
                    assertThat(volume).containsKey("emptyDir");
                });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void containersDeclareResourceRequestsAndLimits(KubernetesTarget target, App app) {
        Map<String, Object> resources = Yaml.map(target.manifests().container(app.name()), "resources");

        for (String bound : List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")) {
            assertThat(Yaml.string(resources, bound)).as(bound).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void everyAppWithASchemaHasOneOfItsOwn(KubernetesTarget target) {
        Map<String, String> schemaByService = new TreeMap<>();
        for (App service : Suite.appsWithASchema()) {
            String url = target.manifests().environment(service.name()).get("DB_URL");
            assertThat(url).as("DB_URL of %s", service).isNotNull().matches(JDBC_SCHEMA);
            Matcher schema = JDBC_SCHEMA.matcher(url);
            assertThat(schema.matches()).isTrue();
            schemaByService.put(service.name(), schema.group(1));
        }
        assertThat(schemaByService.values()).as("schemas by service: %s", schemaByService).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void everyAppWithASchemaReadsItsDatabaseCredentialsFromASecretOfItsOwn(KubernetesTarget target) {
        for (App service : Suite.appsWithASchema()) {
            Map<String, Object> container = target.manifests().container(service.name());
            String secret = service.name() + "-db";
            assertThat(target.manifests().requiredSecrets(service.name())).as("Secrets read by %s", service)
                    .contains(secret);
            for (String variable : List.of("DB_USER", "DB_PASSWORD")) {
                assertThat(Yaml.maps(container, "env")).as("%s of %s comes from its Secret", variable, service)
                        .noneMatch(entry -> variable.equals(entry.get("name")) && entry.containsKey("value"));
            }
            for (App other : Suite.appsWithASchema()) {
                if (!other.equals(service)) {
                    assertThat(target.manifests().requiredSecrets(other.name())).as("Secrets read by %s", other)
                            .doesNotContain(secret);
                }
            }
        }
    }

    /**
     * Every app's pods are isolated for ingress and every rule names its ports: Prometheus reaches the management
     * port of each app and nothing else; a business service's public port admits only the gateway (and, for
     * partner-adapter-service and asset-service, the business services' INTERNAL calls); config-server's only the
     * suite's pods; the gateway's and the auth-server's (its login page) anyone, the auth-server's the gateway too.
     */
    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void prometheusReachesOnlyManagementPortsAndOnlyTheGatewayReachesTheServicesPublicPorts(KubernetesTarget target) {
        for (App app : Suite.apps()) {
            Map<String, List<Map<String, Object>>> peersByPort = target.manifests().ingressPeersByPort(app.name());

            assertThat(peersByPort).as("ingress rules of %s (a rule without ports would open every port)", app)
                    .isNotEmpty().doesNotContainKey(Manifests.EVERY_PORT);
            assertThat(peersByPort.keySet()).as("ports of %s others may reach", app).containsOnly(PUBLIC, MANAGEMENT);
            assertThat(peersByPort.get(MANAGEMENT)).as("who may reach the management port of %s", app)
                    .containsExactly(FROM_PROMETHEUS);
            assertThat(peersByPort.get(PUBLIC)).as("who may reach the public port of %s", app)
                    .doesNotContain(FROM_PROMETHEUS)
                    .containsExactlyInAnyOrderElementsOf(publicPeersOf(app));
        }
    }

    private static List<Map<String, Object>> publicPeersOf(App app) {
        return switch (app.name()) {
            case "gateway" -> List.of(Manifests.ANYONE);
            case "auth-server" -> List.of(Manifests.ANYONE, FROM_GATEWAY);
            case "config-server" -> List.of(peer("app.kubernetes.io/part-of", "northstar"));
            case "partner-adapter-service", "asset-service" -> List.of(FROM_GATEWAY, peer("northstar.io/tier", "backend"));
            default -> List.of(FROM_GATEWAY);
        };
    }

    private static Map<String, Object> peer(String label, String value) {
        return Map.of("podSelector", Map.of("matchLabels", Map.of(label, value)));
    }

    /**
     * The issuer-mismatch pitfall: tokens name the auth-server's public URL as their issuer, while the gateway fetches
     * the keys inside the cluster. Both read the issuer from the one ConfigMap key.
     */
    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void gatewayRequiresTheAuthServersPublicIssuerAndFetchesItsKeysInsideTheCluster(KubernetesTarget target) {
        Map<String, String> gateway = target.manifests().environment("gateway");
        Map<String, String> authServer = target.manifests().environment("auth-server");
        Object authServerPort = Yaml.at(target.manifests().get("Service", "auth-server"), "spec.ports.0.port");

        assertThat(authServer.get("AUTH_ISSUER")).as("AUTH_ISSUER of the auth-server").startsWith("https://");
        assertThat(gateway.get("JWT_ISSUER")).as("JWT_ISSUER of the gateway").isEqualTo(authServer.get("AUTH_ISSUER"));
        assertThat(gateway).containsEntry("JWT_JWK_SET_URI", "http://auth-server:" + authServerPort + "/oauth2/jwks")
                .containsEntry("AUTH_SERVER_URI", "http://auth-server:" + authServerPort);
    }

    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void authServerSignsWithKeysFromASecretOfItsOwn(KubernetesTarget target) {
        assertThat(target.manifests().requiredSecrets("auth-server")).contains("auth-server-signing-keys");
        for (App other : Suite.apps()) {
            if (!other.name().equals("auth-server")) {
                assertThat(target.manifests().requiredSecrets(other.name())).as("Secrets read by %s", other)
                        .doesNotContain("auth-server-signing-keys");
            }
        }
    }

    /** The demo accounts have well-known passwords: only the dev overlay (or compose) may create them. */
    @ParameterizedTest
    @EnumSource(value = KubernetesTarget.class, names = {"BASE", "PROD"})
    void noDemoAccountsAreCreated(KubernetesTarget target) {
        for (Map<String, Object> resource : target.manifests().resources()) {
            assertThat(textsIn(resource)).as("%s %s", resource.get("kind"), Yaml.string(resource, "metadata.name"))
                    .noneMatch(text -> text.contains("AUTH_DEMO_ACCOUNTS"));
        }
    }

    /** Every key and scalar value of a resource, however deep. */
    private static List<String> textsIn(Object node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                texts.add(String.valueOf(key));
                texts.addAll(textsIn(value));
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> texts.addAll(textsIn(item)));
        } else if (node != null) {
            texts.add(String.valueOf(node));
        }
        return texts;
    }

    @ParameterizedTest
    @EnumSource(value = KubernetesTarget.class, names = {"BASE", "PROD"})
    void noSecretValueIsCommitted(KubernetesTarget target) {
        Manifests manifests = target.manifests();

        assertThat(manifests.ofKind("Secret")).as("Secrets with values").isEmpty();
        for (Map<String, Object> configMap : manifests.ofKind("ConfigMap")) {
            assertThat(Yaml.map(configMap, "data").keySet()).as("keys of ConfigMap %s", Yaml.string(configMap, "metadata.name"))
                    .noneMatch(key -> SECRET_NAME.matcher(key).matches());
        }
        for (App app : Suite.apps()) {
            assertThat(Yaml.maps(manifests.container(app.name()), "env"))
                    .as("literal env of %s", app)
                    .noneMatch(variable -> variable.containsKey("value")
                            && SECRET_NAME.matcher(Yaml.string(variable, "name")).matches());
        }
    }
}
