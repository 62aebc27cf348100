package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** What the overlays change: dev is one small replica of everything, prod runs pinned releases redundantly. */
class KubernetesOverlaysTest {

    private static final Manifests DEV = KubernetesTarget.DEV.manifests();

    private static final Manifests PROD = KubernetesTarget.PROD.manifests();

    @Test
    void devRunsOneSmallReplicaOfEveryAppTaggedDev() {
        for (App app : Suite.apps()) {
            assertThat(Yaml.at(DEV.get("Deployment", app.name()), "spec.replicas")).as("replicas of %s", app).isEqualTo(1);
            assertThat(Yaml.string(DEV.container(app.name()), "image")).endsWith("/" + app.name() + ":dev");
            assertThat(mebibytes(Yaml.string(DEV.container(app.name()), "resources.limits.memory")))
                    .as("dev memory limit of %s", app)
                    .isLessThan(mebibytes(Yaml.string(PROD.container(app.name()), "resources.limits.memory")));
        }
    }

    @Test
    void devGeneratesEverySecretItsDeploymentsRead() {
        for (App app : Suite.apps()) {
            for (String secret : DEV.requiredSecrets(app.name())) {
                assertThat(DEV.find("Secret", secret)).as("Secret %s read by %s", secret, app).isPresent();
            }
        }
    }

    @Test
    void devGivesEveryAppWithASchemaADatabaseUserOfItsOwn() {
        Map<String, String> userByService = new TreeMap<>();
        for (App service : Suite.appsWithASchema()) {
            Map<String, Object> secret = DEV.get("Secret", service.name() + "-db");
            userByService.put(service.name(), new String(
                    Base64.getDecoder().decode(Yaml.string(secret, "data.DB_USER")), StandardCharsets.UTF_8));
        }
        assertThat(userByService.values()).as("DB_USER by service: %s", userByService).doesNotHaveDuplicates();
    }

    @Test
    void prodRunsAtLeastTwoReplicasOfEveryAppAndMayScaleFurther() {
        for (App app : Suite.apps()) {
            Map<String, Object> autoscaler = PROD.get("HorizontalPodAutoscaler", app.name());
            assertThat((Integer) Yaml.at(PROD.get("Deployment", app.name()), "spec.replicas")).as("replicas of %s", app)
                    .isGreaterThanOrEqualTo(2);
            assertThat((Integer) Yaml.at(autoscaler, "spec.minReplicas")).isGreaterThanOrEqualTo(2);
            assertThat((Integer) Yaml.at(autoscaler, "spec.maxReplicas"))
                    .isGreaterThan((Integer) Yaml.at(autoscaler, "spec.minReplicas"));
        }
    }

    @Test
    void prodPinsEveryImageToAReleaseVersion() {
        for (App app : Suite.apps()) {
            assertThat(Yaml.string(PROD.container(app.name()), "image"))
                    .as("image of %s", app)
                    .matches(".*/" + app.name() + "(:\\d+\\.\\d+\\.\\d+|@sha256:[0-9a-f]{64})");
        }
    }

    @Test
    void devAndProdLiveInNamespacesOfTheirOwn() {
        String devNamespace = Yaml.string(DEV.get("Deployment", "gateway"), "metadata.namespace");
        String prodNamespace = Yaml.string(PROD.get("Deployment", "gateway"), "metadata.namespace");

        assertThat(devNamespace).isNotBlank().isNotEqualTo(prodNamespace);
        assertThat(DEV.resources()).allSatisfy(resource -> assertThat(Yaml.string(resource, "metadata.namespace")).isEqualTo(devNamespace));
        assertThat(PROD.resources()).allSatisfy(resource -> assertThat(Yaml.string(resource, "metadata.namespace")).isEqualTo(prodNamespace));
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        if (quantity.endsWith("Mi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2));
        }
        throw new IllegalArgumentException("memory quantity not in Mi or Gi: " + quantity);
    }
}
