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

/** The Kubernetes resources a kustomization renders to. */
record Manifests(List<Map<String, Object>> resources) {

    /** The key of {@link #ingressPeersByPort} for a rule that names no ports: it opens every port. */
    static final String EVERY_PORT = "*";

    /** The peer of a rule without {@code from}: every source. */
    static final Map<String, Object> ANYONE = Map.of();

    List<Map<String, Object>> ofKind(String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(resource -> name.equals(Yaml.string(resource, "metadata.name"))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    /**
     * The variables an app's container sees with a literal value: its ConfigMaps' data (envFrom), then its own
     * {@code env} entries, a value or a ConfigMap's key. Values that come from Secrets are left out on purpose.
     */
    Map<String, String> environment(String app) {
        Map<String, String> variables = new LinkedHashMap<>();
        Map<String, Object> container = container(app);
        for (Map<String, Object> source : Yaml.maps(container, "envFrom")) {
            String configMap = Yaml.string(source, "configMapRef.name");
            if (configMap != null) {
                Yaml.map(get("ConfigMap", configMap), "data").forEach((key, value) -> variables.put(key, String.valueOf(value)));
            }
        }
        for (Map<String, Object> variable : Yaml.maps(container, "env")) {
            String configMap = Yaml.string(variable, "valueFrom.configMapKeyRef.name");
            if (variable.containsKey("value")) {
                variables.put(Yaml.string(variable, "name"), Yaml.string(variable, "value"));
            } else if (configMap != null) {
                variables.put(Yaml.string(variable, "name"), Yaml.string(get("ConfigMap", configMap),
                        "data." + Yaml.string(variable, "valueFrom.configMapKeyRef.key")));
            }
        }
        return variables;
    }

    /** The Secrets an app's container cannot start without, read whole (envFrom) or by key (valueFrom). */
    Set<String> requiredSecrets(String app) {
        Map<String, Object> container = container(app);
        Set<String> names = new TreeSet<>();
        Yaml.maps(container, "envFrom").stream()
                .filter(source -> !Boolean.TRUE.equals(Yaml.at(source, "secretRef.optional")))
                .map(source -> Yaml.string(source, "secretRef.name"))
                .filter(Objects::nonNull).forEach(names::add);
        Yaml.maps(container, "env").stream()
                .filter(variable -> !Boolean.TRUE.equals(Yaml.at(variable, "valueFrom.secretKeyRef.optional")))
                .map(variable -> Yaml.string(variable, "valueFrom.secretKeyRef.name"))
                .filter(Objects::nonNull).forEach(names::add);
        return names;
    }

    /** The named ports of an app's container, name to number. */
    Map<String, Integer> containerPorts(String app) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Map<String, Object> port : Yaml.maps(container(app), "ports")) {
            ports.put(Yaml.string(port, "name"), (Integer) port.get("containerPort"));
        }
        return ports;
    }

    /**
     * Who the NetworkPolicies let reach an app's pods, by container port name (a port given by number is named
     * after the container port it is): the union of every ingress rule of every Ingress policy that selects them.
     * Empty when no policy selects the pods, i.e. when nothing isolates them.
     */
    Map<String, List<Map<String, Object>>> ingressPeersByPort(String app) {
        Map<String, Object> podLabels = Yaml.map(get("Deployment", app), "spec.template.metadata.labels");
        Map<String, String> portNames = new LinkedHashMap<>();
        containerPorts(app).forEach((name, number) -> portNames.put(String.valueOf(number), name));
        Map<String, List<Map<String, Object>>> peersByPort = new TreeMap<>();
        for (Map<String, Object> policy : ofKind("NetworkPolicy")) {
            boolean selects = podLabels.entrySet().containsAll(Yaml.map(policy, "spec.podSelector.matchLabels").entrySet());
            if (!selects || !Yaml.list(policy, "spec.policyTypes").contains("Ingress")) {
                continue;
            }
            for (Map<String, Object> rule : Yaml.maps(policy, "spec.ingress")) {
                List<Map<String, Object>> peers = rule.containsKey("from") ? Yaml.maps(rule, "from") : List.of(ANYONE);
                List<String> ports = rule.containsKey("ports")
                        ? Yaml.maps(rule, "ports").stream()
                                .map(port -> portNames.getOrDefault(Yaml.string(port, "port"), Yaml.string(port, "port")))
                                .toList()
                        : List.of(EVERY_PORT);
                for (String port : ports) {
                    List<Map<String, Object>> admitted = peersByPort.computeIfAbsent(port, name -> new ArrayList<>());
                    peers.stream().filter(peer -> !admitted.contains(peer)).forEach(admitted::add);
                }
            }
        }
        return peersByPort;
    }

    /** The first container of an app's Deployment: the app itself. */
    Map<String, Object> container(String app) {
        return Yaml.map(get("Deployment", app), "spec.template.spec.containers.0");
    }
}
