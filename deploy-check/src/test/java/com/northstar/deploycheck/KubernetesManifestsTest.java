package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.json.JsonMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** What holds for the base and for each overlay after it is applied: every app deployed, probed and scraped alike. */
class KubernetesManifestsTest {

    private static final Pattern JDBC_SCHEMA = Pattern.compile("^jdbc:mysql://[^/]+/(\\w+)(\\?.*)?$");

    private static final Pattern VARIABLE_REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(password|secret|token|private_?key|signing_?keys?).*");

    /** The container port names every app uses: its public port and its management (/actuator) port. */
    private static final String PUBLIC = "http";
    private static final String MANAGEMENT = "management";

    private static final NetworkPolicyPeer FROM_GATEWAY = peer(null, selector("app.kubernetes.io/name", "gateway"));

    /** Prometheus as the README documents it: pods named prometheus in the namespace monitoring. */
    private static final NetworkPolicyPeer FROM_PROMETHEUS = peer(
            selector("kubernetes.io/metadata.name", "monitoring"), selector("app.kubernetes.io/name", "prometheus"));

    /** The kinds k8s/ is made of; a kind outside them is a check this class does not make yet. */
    private static final Set<String> KINDS = Set.of("ConfigMap", "Secret", "NetworkPolicy", "Deployment", "Service",
            "HorizontalPodAutoscaler", "PodDisruptionBudget");

    static Stream<Arguments> targetsAndApps() {
        return Stream.of(KubernetesTarget.values())
                .flatMap(target -> Suite.apps().stream().map(app -> Arguments.of(target, app)));
    }

    /** Rendering runs kubectl kustomize; reading refuses any field, type or kind the Kubernetes API does not have. */
    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void rendersWithKubectlIntoObjectsOfTheKubernetesApiOnly(KubernetesTarget target) {
        List<HasMetadata> objects = target.manifests().objects();

        assertThat(objects).as("objects rendered from %s", target.directory()).isNotEmpty();
        assertThat(objects).extracting(HasMetadata::getKind).allMatch(KINDS::contains, "one of " + KINDS);
        assertThat(objects).extracting(object -> object.getKind() + "/" + object.getMetadata().getName())
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void everyAppHasADeploymentAndAServiceSelectingItsPods(KubernetesTarget target, App app) {
        Deployment deployment = target.manifests().deployment(app.name());
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();

        assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(podLabels).containsAllEntriesOf(target.manifests().get(Service.class, app.name()).getSpec().getSelector());
    }

    /** The gateway's autoscaler among them: the suite's front door scales with its load. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void everyAppIsScaledOnCpuByAnAutoscalerOfItsOwn(KubernetesTarget target, App app) {
        HorizontalPodAutoscaler autoscaler = target.manifests().get(HorizontalPodAutoscaler.class, app.name());

        assertThat(target.manifests().autoscalerOf(target.manifests().deployment(app.name()))).contains(autoscaler);
        assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(autoscaler.getSpec().getMinReplicas());
        assertThat(autoscaler.getSpec().getMetrics()).extracting(MetricSpec::getType).containsExactly("Resource");
        assertThat(autoscaler.getSpec().getMetrics().get(0).getResource().getName()).isEqualTo("cpu");
        assertThat(target.manifests().container(app.name()).getResources().getRequests())
                .as("a CPU utilization target is a share of the CPU request").containsKey("cpu");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void everyAppHasADisruptionBudgetSelectingItsPods(KubernetesTarget target, App app) {
        PodDisruptionBudget budget = target.manifests().get(PodDisruptionBudget.class, app.name());

        assertThat(target.manifests().deploymentsSelectedBy(budget.getSpec().getSelector().getMatchLabels()))
                .containsExactly(target.manifests().deployment(app.name()));
    }

    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void everyDeploymentThatRunsMoreThanOneReplicaHasADisruptionBudget(KubernetesTarget target) {
        Manifests manifests = target.manifests();
        Set<Deployment> budgeted = manifests.ofKind(PodDisruptionBudget.class).stream()
                .flatMap(budget -> manifests.deploymentsSelectedBy(budget.getSpec().getSelector().getMatchLabels()).stream())
                .collect(Collectors.toSet());

        for (Deployment deployment : manifests.ofKind(Deployment.class)) {
            if (Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1) > 1
                    || manifests.minimumReplicas(deployment) > 1) {
                assertThat(budgeted).as("Deployments with a PodDisruptionBudget").contains(deployment);
            }
        }
    }

    /**
     * A budget that admits no eviction (minAvailable as large as the replicas, or maxUnavailable 0) makes every node
     * drain and cluster upgrade wait forever; one that admits all of them protects nothing.
     */
    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void disruptionBudgetsNeverBlockANodeDrainAndKeepAPodRunningWhereSeveralRun(KubernetesTarget target) {
        Manifests manifests = target.manifests();
        for (PodDisruptionBudget budget : manifests.ofKind(PodDisruptionBudget.class)) {
            String name = budget.getMetadata().getName();
            List<Deployment> deployments = manifests.deploymentsSelectedBy(budget.getSpec().getSelector().getMatchLabels());
            assertThat(deployments).as("Deployments PodDisruptionBudget %s selects", name).hasSize(1);
            int fewestPods = manifests.minimumReplicas(deployments.get(0));
            int evictable = budget.getSpec().getMaxUnavailable() != null
                    ? count(budget.getSpec().getMaxUnavailable(), "maxUnavailable of " + name)
                    : fewestPods - count(budget.getSpec().getMinAvailable(), "minAvailable of " + name);

            assertThat(evictable).as("pods of %s a drain may evict when %d run", name, fewestPods).isPositive();
            if (fewestPods > 1) {
                assertThat(evictable).as("pods of %s a drain may evict when %d run", name, fewestPods)
                        .isLessThan(fewestPods);
            }
        }
    }

    private static int count(IntOrString value, String what) {
        assertThat(value).as(what).isNotNull();
        assertThat(value.getIntVal()).as("%s as a number of pods", what).isNotNull();
        return value.getIntVal();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void containerPortsAreTheAppsServerAndManagementPortsAndTheServiceExposesOnlyThePublicOne(
            KubernetesTarget target, App app) {
        Manifests manifests = target.manifests();
        List<ServicePort> servicePorts = manifests.get(Service.class, app.name()).getSpec().getPorts();

        assertThat(manifests.containerPorts(app.name()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(PUBLIC, app.port(), MANAGEMENT, app.management()));
        assertThat(servicePorts).as("ports of Service %s", app).hasSize(1);
        assertThat(servicePorts.get(0).getPort()).isEqualTo(app.port());
        assertThat(servicePorts.get(0).getTargetPort()).isEqualTo(new IntOrString(PUBLIC));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void probesUseTheActuatorLivenessAndReadinessGroupsOnTheManagementPort(KubernetesTarget target, App app) {
        Container container = target.manifests().container(app.name());
        Map<String, Probe> probes = Map.of("startupProbe", container.getStartupProbe(),
                "livenessProbe", container.getLivenessProbe(), "readinessProbe", container.getReadinessProbe());

        assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        probes.forEach((name, probe) -> {
            assertThat(probe.getHttpGet()).as(name).extracting(HTTPGetAction::getPort).isEqualTo(new IntOrString(MANAGEMENT));
            assertThat(probe.getPeriodSeconds()).as(name).isBetween(1, 30);
        });
        int startupBudgetSeconds = container.getStartupProbe().getPeriodSeconds()
                * container.getStartupProbe().getFailureThreshold();
        assertThat(startupBudgetSeconds).as("seconds a slow start may take on 2 cores").isGreaterThanOrEqualTo(120);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void prometheusScrapesTheActuatorPrometheusEndpointOnTheManagementPort(KubernetesTarget target, App app) {
        Map<String, String> annotations =
                target.manifests().deployment(app.name()).getSpec().getTemplate().getMetadata().getAnnotations();

        assertThat(annotations)
                .containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", "/actuator/prometheus")
                .containsEntry("prometheus.io/port", String.valueOf(app.management()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void imageIsNamedAfterTheApp(KubernetesTarget target, App app) {
        String image = target.manifests().container(app.name()).getImage();
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
        Container container = target.manifests().container(app.name());
        Stream<String> wholeMaps = container.getEnvFrom().stream()
                .map(EnvFromSource::getConfigMapRef).filter(source -> source != null).map(source -> source.getName());
        Stream<String> mapsReadByKey = container.getEnv().stream()
                .filter(variable -> variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null)
                .map(variable -> variable.getValueFrom().getConfigMapKeyRef().getName());

        Stream.concat(wholeMaps, mapsReadByKey).forEach(configMap -> assertThat(target.manifests()
                .find(ConfigMap.class, configMap)).as("ConfigMap %s", configMap).isPresent());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void rollingUpdatesStartTheNewPodBeforeStoppingAnOldOne(KubernetesTarget target, App app) {
        DeploymentStrategy strategy = target.manifests().deployment(app.name()).getSpec().getStrategy();

        assertThat(strategy.getType()).isEqualTo("RollingUpdate");
        assertThat(strategy.getRollingUpdate().getMaxUnavailable()).isEqualTo(new IntOrString(0));
        assertThat(strategy.getRollingUpdate().getMaxSurge()).isEqualTo(new IntOrString(1));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("targetsAndApps")
    void podsRunAsNonRootOnAReadOnlyRootFilesystemWithAWritableTmp(KubernetesTarget target, App app) {
        PodSpec pod = target.manifests().deployment(app.name()).getSpec().getTemplate().getSpec();
        Container container = target.manifests().container(app.name());

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        String tmpVolume = container.getVolumeMounts().stream()
                .filter(mount -> "/tmp".equals(mount.getMountPath()))
                .map(mount -> mount.getName())
                .findFirst().orElseThrow(() -> new AssertionError(app + " mounts nothing on /tmp"));
        assertThat(pod.getVolumes()).filteredOn(volume -> tmpVolume.equals(volume.getName()))
                .singleElement().extracting(Volume::getEmptyDir).isNotNull();
    }

    /** Every container, init containers included: the scheduler places pods by requests, the kubelet enforces limits. */
    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void everyContainerRequestsAndLimitsCpuAndMemoryWithRequestsWithinLimits(KubernetesTarget target) {
        target.manifests().allContainers().forEach(container -> {
            assertThat(container.getResources()).as("resources of %s", container.getName()).isNotNull();
            Map<String, Quantity> requests = container.getResources().getRequests();
            Map<String, Quantity> limits = container.getResources().getLimits();
            for (String resource : List.of("cpu", "memory")) {
                assertThat(requests).as("requests of %s", container.getName()).containsKey(resource);
                assertThat(limits).as("limits of %s", container.getName()).containsKey(resource);
                BigDecimal requested = requests.get(resource).getNumericalAmount();
                assertThat(requested).as("%s request of %s", resource, container.getName()).isPositive()
                        .isLessThanOrEqualTo(limits.get(resource).getNumericalAmount());
            }
        });
    }

    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void everyAppWithASchemaHasOneOfItsOwn(KubernetesTarget target) {
        Map<String, String> schemaByService = new TreeMap<>();
        for (App service : Suite.appsWithASchema()) {
            schemaByService.put(service.name(), schemaOf(target, service.name()));
        }
        assertThat(schemaByService.values()).as("schemas by service: %s", schemaByService).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void authServerKeepsItsAccountsInTheAuthSchema(KubernetesTarget target) {
        assertThat(schemaOf(target, "auth-server")).isEqualTo("auth");
    }

    private static String schemaOf(KubernetesTarget target, String app) {
        String url = target.manifests().environment(app).get("DB_URL");
        assertThat(url).as("DB_URL of %s", app).isNotNull().matches(JDBC_SCHEMA);
        Matcher schema = JDBC_SCHEMA.matcher(url);
        assertThat(schema.matches()).isTrue();
        return schema.group(1);
    }

    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void everyAppWithASchemaReadsItsDatabaseCredentialsFromASecretOfItsOwn(KubernetesTarget target) {
        for (App service : Suite.appsWithASchema()) {
            Container container = target.manifests().container(service.name());
            String secret = service.name() + "-db";
            assertThat(target.manifests().requiredSecrets(service.name())).as("Secrets read by %s", service)
                    .contains(secret);
            for (String variable : List.of("DB_USER", "DB_PASSWORD")) {
                assertThat(container.getEnv()).as("%s of %s comes from its Secret", variable, service)
                        .noneMatch(entry -> variable.equals(entry.getName()) && entry.getValue() != null);
            }
            for (App other : Suite.appsWithASchema()) {
                if (!other.equals(service)) {
                    assertThat(target.manifests().requiredSecrets(other.name())).as("Secrets read by %s", other)
                            .doesNotContain(secret);
                }
            }
        }
    }

    /** Nothing reaches a pod that no policy admits it to, whatever pods are added to the namespace later. */
    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void aDefaultDenyPolicyIsolatesEveryPodForIngress(KubernetesTarget target) {
        assertThat(target.manifests().ofKind(NetworkPolicy.class))
                .as("a NetworkPolicy that selects every pod for Ingress and admits nothing")
                .anySatisfy(policy -> {
                    LabelSelector everyPod = policy.getSpec().getPodSelector();
                    assertThat(everyPod.getMatchLabels()).isNullOrEmpty();
                    assertThat(everyPod.getMatchExpressions()).isEmpty();
                    assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
                    assertThat(policy.getSpec().getIngress()).isEmpty();
                });
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
            Map<String, List<NetworkPolicyPeer>> peersByPort = target.manifests().ingressPeersByPort(app.name());

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

    private static List<NetworkPolicyPeer> publicPeersOf(App app) {
        return switch (app.name()) {
            case "gateway" -> List.of(Manifests.ANYONE);
            case "auth-server" -> List.of(Manifests.ANYONE, FROM_GATEWAY);
            case "config-server" -> List.of(peer(null, selector("app.kubernetes.io/part-of", "northstar")));
            case "partner-adapter-service", "asset-service" ->
                    List.of(FROM_GATEWAY, peer(null, selector("northstar.io/tier", "backend")));
            default -> List.of(FROM_GATEWAY);
        };
    }

    /** A peer as the API reads it (the models' builders leave unset lists null where reading leaves them empty). */
    private static NetworkPolicyPeer peer(LabelSelector namespaces, LabelSelector pods) {
        NetworkPolicyPeer peer = new NetworkPolicyPeer();
        peer.setNamespaceSelector(namespaces);
        peer.setPodSelector(pods);
        return peer;
    }

    private static LabelSelector selector(String label, String value) {
        LabelSelector selector = new LabelSelector();
        selector.setMatchLabels(Map.of(label, value));
        return selector;
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
        int authServerPort = target.manifests().get(Service.class, "auth-server").getSpec().getPorts().get(0).getPort();

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
        JsonMapper json = new JsonMapper();
        for (HasMetadata object : target.manifests().objects()) {
            assertThat(json.valueToTree(object).toString())
                    .as("%s %s", object.getKind(), object.getMetadata().getName())
                    .doesNotContain("AUTH_DEMO_ACCOUNTS");
        }
    }

    /** Credentials reach the containers from Secrets only: no ConfigMap key or literal variable is one. */
    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void noSecretIsInlinedInAConfigMapOrAVariable(KubernetesTarget target) {
        Manifests manifests = target.manifests();

        for (ConfigMap configMap : manifests.ofKind(ConfigMap.class)) {
            assertThat(configMap.getData().keySet()).as("keys of ConfigMap %s", configMap.getMetadata().getName())
                    .noneMatch(key -> SECRET_NAME.matcher(key).matches());
        }
        manifests.allContainers().forEach(container -> assertThat(container.getEnv())
                .as("literal env of %s", container.getName())
                .noneMatch(variable -> variable.getValue() != null && SECRET_NAME.matcher(variable.getName()).matches()));
    }

    /** The Secrets exist in the cluster already (sealed-secrets, external-secrets or by hand); k8s/ only names them. */
    @ParameterizedTest
    @EnumSource(value = KubernetesTarget.class, names = {"BASE", "PROD"})
    void noSecretValueIsCommitted(KubernetesTarget target) {
        assertThat(target.manifests().ofKind(Secret.class)).as("Secrets with values").isEmpty();
    }
}
