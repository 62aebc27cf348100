package com.northstar.deploycheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretEnvSource;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;

/** The Kubernetes objects a kustomization renders to, in the API's own models. */
record Manifests(List<HasMetadata> objects) {

    /** The key of {@link #ingressPeersByPort} for a rule that names no ports: it opens every port. */
    static final String EVERY_PORT = "*";

    /** The peer of a rule without {@code from}: every source. */
    static final NetworkPolicyPeer ANYONE = new NetworkPolicyPeer();

    <T extends HasMetadata> List<T> ofKind(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return ofKind(kind).stream().filter(object -> name.equals(object.getMetadata().getName())).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " named " + name));
    }

    Deployment deployment(String app) {
        return get(Deployment.class, app);
    }

    /** The first container of an app's Deployment: the app itself. */
    Container container(String app) {
        return deployment(app).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** The autoscaler that scales a Deployment, if any. */
    Optional<HorizontalPodAutoscaler> autoscalerOf(Deployment deployment) {
        return ofKind(HorizontalPodAutoscaler.class).stream()
                .filter(autoscaler -> "Deployment".equals(autoscaler.getSpec().getScaleTargetRef().getKind()))
                .filter(autoscaler -> deployment.getMetadata().getName().equals(autoscaler.getSpec().getScaleTargetRef().getName()))
                .findFirst();
    }

    /** The fewest pods a Deployment runs: its autoscaler's minimum (1 when unset) where it has one, else its replicas. */
    int minimumReplicas(Deployment deployment) {
        return autoscalerOf(deployment)
                .map(autoscaler -> Objects.requireNonNullElse(autoscaler.getSpec().getMinReplicas(), 1))
                .orElseGet(() -> Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1));
    }

    /** The Deployments whose pods a label selector (of a Service, a PodDisruptionBudget) matches. */
    List<Deployment> deploymentsSelectedBy(Map<String, String> matchLabels) {
        return ofKind(Deployment.class).stream()
                .filter(deployment -> deployment.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                        .containsAll(matchLabels.entrySet()))
                .toList();
    }

    /** Every container and init container of every Deployment. */
    Stream<Container> allContainers() {
        return ofKind(Deployment.class).stream()
                .map(deployment -> deployment.getSpec().getTemplate().getSpec())
                .flatMap(pod -> Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream()));
    }

    /**
     * The variables an app's container sees with a literal value: its ConfigMaps' data (envFrom), then its own
     * {@code env} entries, a value or a ConfigMap's key. Values that come from Secrets are left out on purpose.
     */
    Map<String, String> environment(String app) {
        Map<String, String> variables = new LinkedHashMap<>();
        Container container = container(app);
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                variables.putAll(get(ConfigMap.class, source.getConfigMapRef().getName()).getData());
            }
        }
        for (EnvVar variable : container.getEnv()) {
            if (variable.getValue() != null) {
                variables.put(variable.getName(), variable.getValue());
            } else if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
                var key = variable.getValueFrom().getConfigMapKeyRef();
                variables.put(variable.getName(), get(ConfigMap.class, key.getName()).getData().get(key.getKey()));
            }
        }
        return variables;
    }

    /**
     * The names of every variable an app's container is given: its {@code env} entries (a value or a reference),
     * its ConfigMaps' keys and, for each Secret it reads whole, the keys {@code secretKeys} says that Secret holds.
     */
    Set<String> variableNames(String app, Function<String, Set<String>> secretKeys) {
        Container container = container(app);
        Set<String> names = new TreeSet<>();
        container.getEnv().forEach(variable -> names.add(variable.getName()));
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                names.addAll(get(ConfigMap.class, source.getConfigMapRef().getName()).getData().keySet());
            } else if (source.getSecretRef() != null) {
                names.addAll(secretKeys.apply(source.getSecretRef().getName()));
            }
        }
        return names;
    }

    /** The keys of a Secret of this rendering (data and stringData), or none when it is not part of it. */
    Set<String> secretKeys(String name) {
        Set<String> keys = new TreeSet<>();
        find(Secret.class, name).ifPresent(secret -> {
            keys.addAll(Objects.requireNonNullElse(secret.getData(), Map.<String, String>of()).keySet());
            keys.addAll(Objects.requireNonNullElse(secret.getStringData(), Map.<String, String>of()).keySet());
        });
        return keys;
    }

    /** The Secrets an app's container cannot start without, read whole (envFrom) or by key (valueFrom). */
    Set<String> requiredSecrets(String app) {
        Container container = container(app);
        Set<String> names = new TreeSet<>();
        container.getEnvFrom().stream()
                .map(EnvFromSource::getSecretRef)
                .filter(secret -> secret != null && !Boolean.TRUE.equals(secret.getOptional()))
                .map(SecretEnvSource::getName)
                .forEach(names::add);
        container.getEnv().stream()
                .map(variable -> variable.getValueFrom() == null ? null : variable.getValueFrom().getSecretKeyRef())
                .filter(secret -> secret != null && !Boolean.TRUE.equals(secret.getOptional()))
                .map(SecretKeySelector::getName)
                .forEach(names::add);
        return names;
    }

    /** The named ports of an app's container, name to number. */
    Map<String, Integer> containerPorts(String app) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        container(app).getPorts().forEach(port -> ports.put(port.getName(), port.getContainerPort()));
        return ports;
    }

    /** The NetworkPolicies that isolate an app's pods for ingress: those whose pod selector matches them. */
    List<NetworkPolicy> ingressPoliciesOf(String app) {
        Map<String, String> podLabels = deployment(app).getSpec().getTemplate().getMetadata().getLabels();
        return ofKind(NetworkPolicy.class).stream()
                .filter(policy -> policy.getSpec().getPolicyTypes().contains("Ingress"))
                .filter(policy -> {
                    if (!policy.getSpec().getPodSelector().getMatchExpressions().isEmpty()) {
                        throw new AssertionError("NetworkPolicy " + policy.getMetadata().getName()
                                + " selects pods by matchExpressions, which this check does not evaluate");
                    }
                    return true;
                })
                .filter(policy -> podLabels.entrySet().containsAll(
                        Objects.requireNonNullElse(policy.getSpec().getPodSelector().getMatchLabels(), Map.of()).entrySet()))
                .toList();
    }

    /**
     * Who the NetworkPolicies let reach an app's pods, by container port name (a port given by number is named
     * after the container port it is): the union of every ingress rule of every Ingress policy that selects them.
     * Empty when no rule admits anything, i.e. when no policy selects the pods or all that do deny everything.
     */
    Map<String, List<NetworkPolicyPeer>> ingressPeersByPort(String app) {
        Map<String, String> portNames = new LinkedHashMap<>();
        containerPorts(app).forEach((name, number) -> portNames.put(String.valueOf(number), name));
        Map<String, List<NetworkPolicyPeer>> peersByPort = new TreeMap<>();
        for (NetworkPolicy policy : ingressPoliciesOf(app)) {
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                List<NetworkPolicyPeer> peers = rule.getFrom().isEmpty() ? List.of(ANYONE) : rule.getFrom();
                List<String> ports = rule.getPorts().isEmpty()
                        ? List.of(EVERY_PORT)
                        : rule.getPorts().stream()
                                .map(port -> port.getPort() == null ? EVERY_PORT : nameOf(port.getPort(), portNames))
                                .toList();
                for (String port : ports) {
                    List<NetworkPolicyPeer> admitted = peersByPort.computeIfAbsent(port, name -> new ArrayList<>());
                    peers.stream().filter(peer -> !admitted.contains(peer)).forEach(admitted::add);
                }
            }
        }
        return peersByPort;
    }

    private static String nameOf(IntOrString port, Map<String, String> portNames) {
        String value = port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
        return portNames.getOrDefault(value, value);
    }
}
