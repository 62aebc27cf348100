package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fallback for machines without kustomize must render k8s/ exactly as kustomize does, or refuse. The
 * comparison needs the real tool ({@code kustomize} or {@code kubectl}, which bundles it) and fails without one
 * rather than pass unchecked.
 */
class KustomizationReaderTest {

    @ParameterizedTest
    @EnumSource(KubernetesTarget.class)
    void rendersEveryTargetExactlyAsKustomizeDoes(KubernetesTarget target) {
        List<String> tool = Kustomize.installedTool().orElseThrow(() -> new AssertionError(
                "neither kustomize nor kubectl is on the PATH, so the reader cannot be compared with the real "
                        + "renderer: install kubectl (it bundles kustomize) or kustomize"));

        List<Map<String, Object>> byKustomize = Yaml.loadAll(Kustomize.run(tool, target.directory()));
        List<Map<String, Object>> byReader = KustomizationReader.render(target.directory());

        assertThat(byName(byReader)).isEqualTo(byName(byKustomize));
    }

    @Test
    void refusesAKustomizationFieldItDoesNotResolve(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), "resources: []\ncommonLabels:\n  team: northstar\n");

        assertThatThrownBy(() -> KustomizationReader.render(directory))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("commonLabels");
    }

    private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> resources) {
        return resources.stream().collect(Collectors.toMap(
                resource -> resource.get("kind") + "/" + Yaml.string(resource, "metadata.name"),
                KustomizationReaderTest::withUnwrappedSecretData));
    }

    /** Kustomize wraps a long Secret value's base64 over several lines; the bytes are the same. */
    private static Map<String, Object> withUnwrappedSecretData(Map<String, Object> resource) {
        if ("Secret".equals(resource.get("kind"))) {
            Yaml.map(resource, "data").replaceAll((key, base64) -> String.valueOf(base64).replaceAll("\\s", ""));
        }
        return resource;
    }
}
