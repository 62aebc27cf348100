package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** The parser the manifests are checked with refuses what the Kubernetes API would reject or silently drop. */
class KubernetesApiTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: gateway
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app.kubernetes.io/name: gateway
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: gateway
                spec:
                  containers:
                    - name: gateway
                      image: northstar/gateway:0.1.0
                      %s
            """;

    @Test
    void readsEveryDocumentIntoTheModelOfItsKind() {
        List<HasMetadata> objects = KubernetesApi.read(DEPLOYMENT.formatted("imagePullPolicy: IfNotPresent") + """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: platform-env
                data:
                  MYSQL_PORT: "3306"
                """);

        assertThat(objects).hasSize(2);
        Deployment deployment = (Deployment) objects.get(0);
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImagePullPolicy())
                .isEqualTo("IfNotPresent");
        assertThat(((ConfigMap) objects.get(1)).getData()).containsEntry("MYSQL_PORT", "3306");
    }

    @Test
    void refusesAMisspelledField() {
        assertThatThrownBy(() -> KubernetesApi.read(DEPLOYMENT.formatted("imagePullPolicyy: IfNotPresent")))
                .hasMessageContaining("Deployment gateway")
                .hasMessageContaining("imagePullPolicyy");
    }

    @Test
    void refusesAFieldAtTheWrongLevel() {
        assertThatThrownBy(() -> KubernetesApi.read(DEPLOYMENT.formatted("replicas: 2")))
                .hasMessageContaining("replicas");
    }

    @Test
    void refusesAValueOfTheWrongType() {
        assertThatThrownBy(() -> KubernetesApi.read(DEPLOYMENT.formatted("ports: {name: http}")))
                .hasMessageContaining("ports");
    }

    @Test
    void refusesABareNumberWhereTheApiWantsAString() {
        assertThatThrownBy(() -> KubernetesApi.read("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: platform-env
                data:
                  MYSQL_PORT: 3306
                """))
                .hasMessageContaining("ConfigMap platform-env")
                .hasMessageContaining("MYSQL_PORT");
    }

    @Test
    void refusesAKeyGivenTwice() {
        assertThatThrownBy(() -> KubernetesApi.read(DEPLOYMENT.formatted("image: northstar/gateway:latest")))
                .hasMessageContaining("Duplicate field 'image'");
    }

    @Test
    void refusesAKindTheApiDoesNotHave() {
        assertThatThrownBy(() -> KubernetesApi.read("""
                apiVersion: apps/v1
                kind: Deploymnet
                metadata:
                  name: gateway
                """))
                .hasMessageContaining("Deploymnet gateway");
    }

    @Test
    void refusesAKindUnderAnApiVersionThatDoesNotServeIt() {
        assertThatThrownBy(() -> KubernetesApi.read("""
                apiVersion: extensions/v1
                kind: Deployment
                metadata:
                  name: gateway
                """))
                .hasMessageContaining("Deployment gateway");
    }
}
