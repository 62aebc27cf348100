package com.northstar.deploycheck;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * What can be applied from k8s/: the base alone and each overlay. Each is rendered by kubectl kustomize and read
 * strictly into the Kubernetes API's models once per test run; a failure to do so is kept too, so that every test
 * of that target reports it without rendering again.
 */
enum KubernetesTarget {
    BASE("k8s/base"),
    DEV("k8s/overlays/dev"),
    PROD("k8s/overlays/prod");

    private static final Map<KubernetesTarget, Rendering> RENDERED = new EnumMap<>(KubernetesTarget.class);

    private final String directory;

    KubernetesTarget(String directory) {
        this.directory = directory;
    }

    Path directory() {
        return Suite.ROOT.resolve(directory);
    }

    synchronized Manifests manifests() {
        Rendering rendering = RENDERED.computeIfAbsent(this, KubernetesTarget::render);
        if (rendering.failure() != null) {
            throw rendering.failure();
        }
        return rendering.manifests();
    }

    private Rendering render() {
        try {
            return new Rendering(new Manifests(KubernetesApi.read(Kustomize.render(directory()))), null);
        } catch (RuntimeException e) {
            return new Rendering(null, new IllegalStateException(directory + ": " + e.getMessage(), e));
        }
    }

    private record Rendering(Manifests manifests, IllegalStateException failure) {
    }
}
