package com.northstar.deploycheck;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a kustomization without the kustomize binary, for machines that have none. It understands exactly the
 * features k8s/ uses (resources, namespace, images, JSON 6902 patches with a target, secretGenerator literals
 * without name hashes) and refuses anything else, so it can never quietly render something different from kustomize.
 */
final class KustomizationReader {

    private static final Set<String> UNDERSTOOD = Set.of(
            "apiVersion", "kind", "resources", "namespace", "images", "patches", "generatorOptions", "secretGenerator");

    private KustomizationReader() {
    }

    static List<Map<String, Object>> render(Path directory) {
        Map<String, Object> kustomization = Yaml.load(directory.resolve("kustomization.yaml"));
        Set<String> notUnderstood = new TreeSet<>(kustomization.keySet());
        notUnderstood.removeAll(UNDERSTOOD);
        if (!notUnderstood.isEmpty()) {
            throw new UnsupportedOperationException(directory + " uses " + notUnderstood + ", which this reader does not resolve");
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : Yaml.list(kustomization, "resources")) {
            Path resource = directory.resolve(String.valueOf(entry)).normalize();
            resources.addAll(Files.isDirectory(resource) ? render(resource) : Yaml.loadAll(resource));
        }
        resources.addAll(generatedSecrets(kustomization));
        for (Map<String, Object> patch : Yaml.maps(kustomization, "patches")) {
            applyPatch(directory, patch, resources);
        }
        for (Map<String, Object> image : Yaml.maps(kustomization, "images")) {
            resources.forEach(resource -> retag(resource, image));
        }
        String namespace = Yaml.string(kustomization, "namespace");
        if (namespace != null) {
            resources.forEach(resource -> Yaml.map(resource, "metadata").put("namespace", namespace));
        }
        return resources;
    }

    private static List<Map<String, Object>> generatedSecrets(Map<String, Object> kustomization) {
        boolean hashesDisabled = Boolean.TRUE.equals(Yaml.at(kustomization, "generatorOptions.disableNameSuffixHash"));
        List<Map<String, Object>> secrets = new ArrayList<>();
        for (Map<String, Object> generator : Yaml.maps(kustomization, "secretGenerator")) {
            if (!hashesDisabled || !Set.of("name", "literals").containsAll(generator.keySet())) {
                throw new UnsupportedOperationException("secretGenerator " + generator.get("name")
                        + ": only literals with disableNameSuffixHash are resolved by this reader");
            }
            Map<String, Object> data = new LinkedHashMap<>();
            for (Object literal : Yaml.list(generator, "literals")) {
                String[] pair = String.valueOf(literal).split("=", 2);
                data.put(pair[0], Base64.getEncoder().encodeToString(pair[1].getBytes(StandardCharsets.UTF_8)));
            }
            Map<String, Object> secret = new LinkedHashMap<>();
            secret.put("apiVersion", "v1");
            secret.put("kind", "Secret");
            secret.put("metadata", new LinkedHashMap<>(Map.of("name", generator.get("name"))));
            secret.put("type", "Opaque");
            secret.put("data", data);
            secrets.add(secret);
        }
        return secrets;
    }

    @SuppressWarnings("unchecked")
    private static void applyPatch(Path directory, Map<String, Object> patch, List<Map<String, Object>> resources) {
        String kind = Yaml.string(patch, "target.kind");
        String name = Yaml.string(patch, "target.name");
        Object patchFile = Yaml.loadValue(directory.resolve(String.valueOf(patch.get("path"))));
        if (kind == null || !(patchFile instanceof List<?> operations)) {
            throw new UnsupportedOperationException("patch " + patch.get("path")
                    + ": only JSON 6902 patches from a file with a target kind are resolved by this reader");
        }
        resources.stream()
                .filter(resource -> kind.equals(resource.get("kind")))
                .filter(resource -> name == null || name.equals(Yaml.string(resource, "metadata.name")))
                .forEach(resource -> operations.forEach(operation -> applyOperation(resource, (Map<String, Object>) operation)));
    }

    private static Object child(Object node, String step) {
        if (node instanceof Map<?, ?> map) {
            return map.get(step);
        }
        if (node instanceof List<?> list) {
            return list.get(Integer.parseInt(step));
        }
        throw new UnsupportedOperationException("no " + step + " below " + node);
    }

    @SuppressWarnings("unchecked")
    private static void applyOperation(Map<String, Object> resource, Map<String, Object> operation) {
        String pointer = Yaml.string(operation, "path");
        List<String> steps = Arrays.stream(pointer.substring(1).split("/"))
                .map(step -> step.replace("~1", "/").replace("~0", "~"))
                .toList();
        Object parent = resource;
        for (String step : steps.subList(0, steps.size() - 1)) {
            parent = child(parent, step);
        }
        String last = steps.get(steps.size() - 1);
        String op = Yaml.string(operation, "op");
        Object value = deepCopy(operation.get("value"));
        if (parent instanceof Map<?, ?> map && (op.equals("add") || op.equals("replace") && map.containsKey(last))) {
            ((Map<String, Object>) map).put(last, value);
        } else if (parent instanceof List<?> list && op.equals("add")) {
            ((List<Object>) list).add(last.equals("-") ? list.size() : Integer.parseInt(last), value);
        } else if (parent instanceof List<?> list && op.equals("replace") && Integer.parseInt(last) < list.size()) {
            ((List<Object>) list).set(Integer.parseInt(last), value);
        } else {
            throw new UnsupportedOperationException("cannot " + op + " " + pointer + " in "
                    + resource.get("kind") + " " + Yaml.string(resource, "metadata.name"));
        }
    }

    private static void retag(Map<String, Object> resource, Map<String, Object> image) {
        for (String containers : List.of("spec.template.spec.containers", "spec.template.spec.initContainers")) {
            for (Map<String, Object> container : Yaml.maps(resource, containers)) {
                String reference = String.valueOf(container.get("image"));
                int lastSlash = reference.lastIndexOf('/');
                int tagColon = reference.indexOf(':', lastSlash + 1);
                int digestAt = reference.indexOf('@');
                int nameEnd = tagColon >= 0 ? tagColon : digestAt >= 0 ? digestAt : reference.length();
                if (!reference.substring(0, nameEnd).equals(image.get("name"))) {
                    continue;
                }
                String tag = tagColon >= 0 ? reference.substring(tagColon + 1, digestAt >= 0 ? digestAt : reference.length()) : null;
                String newName = image.containsKey("newName") ? Yaml.string(image, "newName") : reference.substring(0, nameEnd);
                String newTag = image.containsKey("newTag") ? Yaml.string(image, "newTag") : tag;
                String digest = image.containsKey("digest") ? Yaml.string(image, "digest") : null;
                container.put("image", newName + (digest != null ? "@" + digest : newTag != null ? ":" + newTag : ""));
            }
        }
    }

    private static Object deepCopy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(String.valueOf(key), deepCopy(value)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(KustomizationReader::deepCopy).toList());
        }
        return node;
    }
}
