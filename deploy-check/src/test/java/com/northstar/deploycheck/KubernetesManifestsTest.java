package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|private_?key).*");

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
    void containerAndServicePortsEqualTheAppsServerPort(KubernetesTarget target, App app) {
        int port = app.portOrSkip();
        Manifests manifests = target.manifests();

        assertThat(Yaml.at(manifests.container(app.name()), "ports.0.containerPort")).isEqualTo(port);
        assertThat(Yaml.at(manifests.get("Service", app.name()), "spec.ports.0.port")).isEqualTo(port);
        assertThat(Yaml.string(manifests.get("Service", app.name()), "spec.ports.0.targetPort"))
                .isEqualTo(Yaml.string(manifests.container(app.name()), "ports.0.name"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void probesUseTheActuatorLivenessAndReadinessGroupsOnTheAppsPort(KubernetesTarget target, App app) {
        Map<String, Object> container = target.manifests().container(app.name());
        String portName = Yaml.string(container, "ports.0.name");

        assertThat(Yaml.string(container, "startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(Yaml.string(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(Yaml.string(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(Yaml.string(container, probe + ".httpGet.port")).as(probe).isEqualTo(portName);
            assertThat((Integer) Yaml.at(container, probe + ".periodSeconds")).as(probe).isBetween(1, 30);
        }
        int startupBudgetSeconds = (Integer) Yaml.at(container, "startupProbe.periodSeconds")
                * (Integer) Yaml.at(container, "startupProbe.failureThreshold");
        assertThat(startupBudgetSeconds).as("seconds a slow start may take on 2 cores").isGreaterThanOrEqualTo(120);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void prometheusScrapesTheActuatorPrometheusEndpointOnTheAppsPort(KubernetesTarget target, App app) {
        int port = app.portOrSkip();
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
    void environmentRunsTheProdProfileOnTheAppsPort(KubernetesTarget target, App app) {
        int port = app.portOrSkip();
        Map<String, String> environment = target.manifests().environment(app.name());

        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        if (environment.containsKey("SERVER_PORT")) {
            assertThat(environment).containsEntry("SERVER_PORT", String.valueOf(port));
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
    void everyBusinessServiceHasASchemaOfItsOwn(KubernetesTarget target) {
        Map<String, String> schemaByService = new TreeMap<>();
        for (App service : Suite.businessServices()) {
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
    void businessServicesAcceptTrafficOnlyFromTheGatewayAndPrometheus(KubernetesTarget target) {
        Map<String, Object> fromGateway = Map.of("podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "gateway")));
        Map<String, Object> fromPrometheus = Map.of(
                "namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "monitoring")),
                "podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "prometheus")));
        Map<String, Object> fromBusinessServices = Map.of("podSelector", Map.of("matchLabels", Map.of("northstar.io/tier", "backend")));

        for (App service : Suite.businessServices()) {
            Map<String, Object> podLabels = Yaml.map(
                    target.manifests().get("Deployment", service.name()), "spec.template.metadata.labels");
            List<Map<String, Object>> policies = target.manifests().ofKind("NetworkPolicy").stream()
                    .filter(policy -> podLabels.entrySet().containsAll(
                            Yaml.map(policy, "spec.podSelector.matchLabels").entrySet()))
                    .toList();
            assertThat(policies).as("ingress policies isolating %s", service)
                    .isNotEmpty()
                    .allSatisfy(policy -> assertThat(Yaml.list(policy, "spec.policyTypes")).contains("Ingress"));

            List<Map<String, Object>> peers = new ArrayList<>();
            policies.forEach(policy -> Yaml.maps(policy, "spec.ingress")
                    .forEach(rule -> peers.addAll(Yaml.maps(rule, "from"))));
            Set<Map<String, Object>> allowed = service.name().equals("partner-adapter-service")
                    ? Set.of(fromGateway, fromPrometheus, fromBusinessServices)
                    : Set.of(fromGateway, fromPrometheus);
            assertThat(peers).as("who may reach %s", service).isNotEmpty().allMatch(allowed::contains);
        }
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
