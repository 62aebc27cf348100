package com.northstar.deploycheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The Kubernetes resources a kustomization renders to. */
record Manifests(List<Map<String, Object>> resources) {

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
     * {@code env} entries. Values that come from Secrets are left out on purpose.
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
            if (variable.containsKey("value")) {
                variables.put(Yaml.string(variable, "name"), Yaml.string(variable, "value"));
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

    /** The first container of an app's Deployment: the app itself. */
    Map<String, Object> container(String app) {
        return Yaml.map(get("Deployment", app), "spec.template.spec.containers.0");
    }
}
