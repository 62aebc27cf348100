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
    void buildStageCompilesEveryImagedModuleOnceWithoutTheModuleArgumentThenPicksTheChosenJar() {
        String buildStage = DOCKERFILE.substring(DOCKERFILE.indexOf("FROM eclipse-temurin:17-jdk AS build"),
                DOCKERFILE.indexOf("FROM build AS module"));
        String modules = buildStage.replaceAll("\\\\\n", "");
        for (String service : ComposeFile.read().services().keySet()) {
            Object module = Yaml.at(ComposeFile.read().service(service), "build.args.MODULE");
            if (module != null) {
                assertThat(modules).as("the build stage compiles %s", module).contains(module.toString());
            }
        }
        assertThat(buildStage).doesNotContain("MODULE")
                .contains("./mvnw -B -q -Dmaven.test.skip=true -Dconsole.npm.skip=true -am package");
        assertThat(DOCKERFILE)
                .contains("FROM build AS module\nARG MODULE")
                .contains("\"${MODULE}/target/$(basename \"${MODULE}\")-" + Suite.version() + ".jar\"");
    }

    /** The gateway's jar serves the admin console: built in a Node 20 stage, packaged by Maven without npm. */
    @Test
    void theConsoleIsBuiltInANode20StageWithItsLockfileAndTheBuildStagePackagesThatBuild() {
        String consoleStage = DOCKERFILE.substring(DOCKERFILE.indexOf("FROM node:20-trixie-slim AS console"),
                DOCKERFILE.indexOf("FROM eclipse-temurin:17-jdk AS build"));
        assertThat(consoleStage)
                .contains("COPY console/package.json console/package-lock.json ./")
                .contains("npm ci")
                .contains("COPY openapi /src/openapi")
                .contains("npm run build");
        assertThat(DOCKERFILE).contains("COPY --from=console /src/console/dist console/dist");
    }

    @Test
    void runtimeStageIsALayeredNonRootJre21ImageExposingThePublicAndTheManagementPort() {
        assertThat(DOCKERFILE)
                .contains("FROM eclipse-temurin:21-jre\n")
                .contains("java -Djarmode=tools -jar /app.jar extract --layers --launcher")
                .contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]")
                .contains("ARG MANAGEMENT_PORT")
                .contains("MANAGEMENT_PORT=${MANAGEMENT_PORT}")
                .contains("EXPOSE ${PORT} ${MANAGEMENT_PORT}");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(DOCKERFILE).contains("COPY --from=module /layers/" + layer + "/ ./");
        }
        assertThat(runtimeUser()).isNotEqualTo("0").isNotEqualTo("root");
    }

    @Test
    void containerJvmNamesItsCollectorAndKeepsTheHeapWithin65PercentOfTheContainerLimit() {
        List<String> options = List.of(javaToolOptions().split("\\s+"));

        assertThat(options.stream().filter(option -> option.matches("-XX:\\+Use\\w+GC")))
                .as("garbage collector chosen explicitly, once").hasSize(1);
        List<Double> heapShares = options.stream().filter(option -> option.startsWith("-XX:MaxRAMPercentage="))
                .map(option -> Double.parseDouble(option.substring(option.indexOf('=') + 1))).toList();
        assertThat(heapShares).as("-XX:MaxRAMPercentage").hasSize(1).allMatch(share -> share > 0 && share <= 65.0);
        assertThat(options).as("a fixed heap would ignore the container limit")
                .noneMatch(option -> option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize"));
        assertThat(options).contains("-XX:+ExitOnOutOfMemoryError");
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
            assertThat(KubernetesTarget.BASE.manifests().deployment(app.name())
                    .getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser())
                    .as("runAsUser of %s", app)
                    .isEqualTo(Long.parseLong(uid));
        }
    }

    private static String javaToolOptions() {
        Matcher options = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(DOCKERFILE);
        assertThat(options.find()).as("JAVA_TOOL_OPTIONS in the runtime stage").isTrue();
        return options.group(1);
    }

    private static String runtimeUser() {
        Matcher user = Pattern.compile("(?m)^USER (\\d+):(\\d+)$").matcher(DOCKERFILE);
        assertThat(user.find()).as("a numeric USER uid:gid in the Dockerfile").isTrue();
        return user.group(1);
    }
}
