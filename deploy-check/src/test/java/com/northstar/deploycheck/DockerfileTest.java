package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The one Dockerfile builds any module into a layered, non-root JRE 21 image the deployments can probe. */
class DockerfileTest {

    private static final String DOCKERFILE = Suite.read("Dockerfile");

    @Test
    void buildStageCompilesTheChosenModuleAndCopiesTheJarOfTheSuitesVersion() {
        assertThat(DOCKERFILE)
                .contains("FROM eclipse-temurin:17-jdk AS build")
                .contains("ARG MODULE")
                .contains("./mvnw -B -q -pl \"${MODULE}\" -am -DskipTests package")
                .contains("\"${MODULE}/target/$(basename \"${MODULE}\")-" + Suite.version() + ".jar\"");
    }

    @Test
    void runtimeStageIsALayeredNonRootJre21ImageWithContainerAwareMemory() {
        assertThat(DOCKERFILE)
                .contains("FROM eclipse-temurin:21-jre\n")
                .contains("java -Djarmode=tools -jar /app.jar extract --layers --launcher")
                .contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]")
                .contains("-XX:MaxRAMPercentage=75.0")
                .contains("EXPOSE ${PORT}");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(DOCKERFILE).contains("COPY --from=build /layers/" + layer + "/ ./");
        }
        assertThat(runtimeUser()).isNotEqualTo("0").isNotEqualTo("root");
    }

    @Test
    void runtimeImageHasTheToolTheComposeHealthChecksCall() {
        ComposeFile compose = ComposeFile.read();
        for (String service : compose.services().keySet()) {
            if (Yaml.at(compose.service(service), "build") != null) {
                String healthCheck = compose.healthCheck(service);
                assertThat(healthCheck).as("health check of %s", service).startsWith("CMD curl ");
            }
        }
        assertThat(DOCKERFILE).contains("apt-get install -y --no-install-recommends curl");
    }

    @Test
    void kubernetesPodsRunAsTheImagesUser() {
        String uid = runtimeUser();
        for (App app : Suite.apps()) {
            assertThat(Yaml.string(KubernetesTarget.BASE.manifests().get("Deployment", app.name()),
                    "spec.template.spec.securityContext.runAsUser"))
                    .as("runAsUser of %s", app)
                    .isEqualTo(uid);
        }
    }

    private static String runtimeUser() {
        Matcher user = Pattern.compile("(?m)^USER (\\d+):(\\d+)$").matcher(DOCKERFILE);
        assertThat(user.find()).as("a numeric USER uid:gid in the Dockerfile").isTrue();
        return user.group(1);
    }
}
