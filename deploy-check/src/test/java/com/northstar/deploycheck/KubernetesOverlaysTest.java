package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

/** What the overlays change: dev is one small replica of everything, prod runs pinned releases redundantly. */
class KubernetesOverlaysTest {

    private static final Manifests DEV = KubernetesTarget.DEV.manifests();

    private static final Manifests PROD = KubernetesTarget.PROD.manifests();

    @Test
    void devRunsOneSmallReplicaOfEveryAppTaggedDev() {
        for (App app : Suite.apps()) {
            assertThat(DEV.deployment(app.name()).getSpec().getReplicas()).as("replicas of %s", app).isEqualTo(1);
            assertThat(DEV.container(app.name()).getImage()).endsWith("/" + app.name() + ":dev");
            assertThat(memoryLimit(DEV, app)).as("dev memory limit of %s", app).isLessThan(memoryLimit(PROD, app));
        }
    }

    @Test
    void devGeneratesEverySecretItsDeploymentsRead() {
        for (App app : Suite.apps()) {
            for (String secret : DEV.requiredSecrets(app.name())) {
                assertThat(DEV.find(Secret.class, secret)).as("Secret %s read by %s", secret, app).isPresent();
            }
        }
    }

    @Test
    void devGivesEveryAppWithASchemaADatabaseUserOfItsOwn() {
        Map<String, String> userByService = new TreeMap<>();
        for (App service : Suite.appsWithASchema()) {
            Secret secret = DEV.get(Secret.class, service.name() + "-db");
            userByService.put(service.name(), new String(
                    Base64.getDecoder().decode(secret.getData().get("DB_USER")), StandardCharsets.UTF_8));
        }
        assertThat(userByService.values()).as("DB_USER by service: %s", userByService).doesNotHaveDuplicates();
    }

    @Test
    void prodRunsAtLeastTwoReplicasOfEveryAppAndMayScaleFurther() {
        for (App app : Suite.apps()) {
            HorizontalPodAutoscaler autoscaler = PROD.get(HorizontalPodAutoscaler.class, app.name());
            assertThat(PROD.deployment(app.name()).getSpec().getReplicas()).as("replicas of %s", app)
                    .isGreaterThanOrEqualTo(2);
            assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
            assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(autoscaler.getSpec().getMinReplicas());
        }
    }

    @Test
    void prodPinsEveryImageToAReleaseVersion() {
        for (App app : Suite.apps()) {
            assertThat(PROD.container(app.name()).getImage())
                    .as("image of %s", app)
                    .matches(".*/" + app.name() + "(:\\d+\\.\\d+\\.\\d+|@sha256:[0-9a-f]{64})");
        }
    }

    /** The base's {@code latest} is a placeholder each overlay replaces: a pod must not change with a re-push. */
    @ParameterizedTest
    @EnumSource(value = KubernetesTarget.class, names = {"DEV", "PROD"})
    void everyImageOfAnOverlayIsPinnedByATagOtherThanLatest(KubernetesTarget overlay) {
        overlay.manifests().allContainers().forEach(container -> assertThat(container.getImage())
                .as("image of container %s", container.getName())
                .matches("[^@]+/[^/:@]+:[\\w][\\w.-]{0,127}(@sha256:[0-9a-f]{64})?")
                .doesNotContain(":latest"));
    }

    @Test
    void devAndProdLiveInNamespacesOfTheirOwn() {
        String devNamespace = DEV.deployment("gateway").getMetadata().getNamespace();
        String prodNamespace = PROD.deployment("gateway").getMetadata().getNamespace();

        assertThat(devNamespace).isNotBlank().isNotEqualTo(prodNamespace);
        assertThat(DEV.objects()).extracting(HasMetadata::getMetadata).allSatisfy(
                metadata -> assertThat(metadata.getNamespace()).as(metadata.getName()).isEqualTo(devNamespace));
        assertThat(PROD.objects()).extracting(HasMetadata::getMetadata).allSatisfy(
                metadata -> assertThat(metadata.getNamespace()).as(metadata.getName()).isEqualTo(prodNamespace));
    }

    private static Quantity memoryLimit(Manifests manifests, App app) {
        return manifests.container(app.name()).getResources().getLimits().get("memory");
    }
}
