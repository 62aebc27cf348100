package com.northstar.deploycheck;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * What can be applied from k8s/: the base alone and each overlay. Each is rendered by kubectl kustomize and read
 * strictly into the Kubernetes API's models once per test run.
 */
enum KubernetesTarget {
    BASE("k8s/base"),
    DEV("k8s/overlays/dev"),
    PROD("k8s/overlays/prod");

    private static final Map<KubernetesTarget, Manifests> RENDERED = new EnumMap<>(KubernetesTarget.class);

    private final String directory;

    KubernetesTarget(String directory) {
        this.directory = directory;
    }

    Path directory() {
        return Suite.ROOT.resolve(directory);
    }

    synchronized Manifests manifests() {
        return RENDERED.computeIfAbsent(this, target -> new Manifests(KubernetesApi.read(Kustomize.render(target.directory()))));
    }
}
