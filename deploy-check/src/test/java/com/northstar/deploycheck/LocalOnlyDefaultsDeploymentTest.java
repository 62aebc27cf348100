package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every app lists the environment variables whose defaults only work on a developer's machine
 * ({@code platform.local-only-defaults}); with the prod profile it does not start while one is unset. So compose and
 * the prod overlay, which run the prod profile, set every one of them for that app.
 */
class LocalOnlyDefaultsDeploymentTest {

    private static final ComposeFile COMPOSE = ComposeFile.read();

    /** The apps on platform-core, which checks the list: every app but config-server. */
    static List<App> appsOnPlatformCore() {
        return Suite.apps().stream().filter(app -> !app.name().equals("config-server")).toList();
    }

    @ParameterizedTest
    @MethodSource("appsOnPlatformCore")
    void everyAppListsItsLocalOnlyDefaults(App app) {
        assertThat(Suite.localOnlyDefaults(app)).as("platform.local-only-defaults of %s", app)
                .contains("CONFIG_SERVER_URL").doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("appsOnPlatformCore")
    void composeSetsEveryLocalOnlyDefaultOfTheApp(App app) {
        Map<String, String> environment = COMPOSE.environment(app.name());

        for (String variable : Suite.localOnlyDefaults(app)) {
            assertThat(environment.get(variable)).as("%s of %s in docker-compose.yml", variable, app).isNotBlank();
        }
    }

    /**
     * The prod overlay's Secrets are created out of band; the keys each holds are those the dev overlay generates for
     * it (k8s/README.md, "Secrets").
     */
    @ParameterizedTest
    @MethodSource("appsOnPlatformCore")
    void theProdOverlaySetsEveryLocalOnlyDefaultOfTheApp(App app) {
        Manifests dev = KubernetesTarget.DEV.manifests();
        Set<String> variables = KubernetesTarget.PROD.manifests().variableNames(app.name(), dev::secretKeys);

        assertThat(variables).as("variables of %s in the prod overlay", app).containsAll(Suite.localOnlyDefaults(app));
    }
}
