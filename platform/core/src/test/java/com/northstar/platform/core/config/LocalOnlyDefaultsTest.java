package com.northstar.platform.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

class LocalOnlyDefaultsTest {

    private final Log log = mock(Log.class);
    private final LocalOnlyDefaults localOnlyDefaults = new LocalOnlyDefaults(supplier -> log);

    /** An app as its application.yml describes it: the list, and the properties that read the variables. */
    private static MockEnvironment app(String... activeProfiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application.yml", Map.of(
                LocalOnlyDefaults.VARIABLES, "ASSET_SERVICE_URI, DB_URL, REDIS_HOST",
                "deposit.asset-service.uri", "${ASSET_SERVICE_URI:http://localhost:8081}",
                "spring.datasource.url", "${DB_URL:jdbc:h2:file:./data/${spring.application.name};MODE=MySQL}",
                "spring.data.redis.host", "${REDIS_HOST:localhost}")));
        environment.setActiveProfiles(activeProfiles);
        return environment;
    }

    @Test
    void prodRefusesToStartWhileAnyListedVariableIsUnsetNamingEachWithWhatReadsIt() {
        MockEnvironment environment = app("prod").withProperty("REDIS_HOST", "redis");

        assertThatIllegalStateException()
                .isThrownBy(() -> localOnlyDefaults.postProcessEnvironment(environment, new SpringApplication()))
                .withMessageContaining("prod profile")
                .withMessageContaining("ASSET_SERVICE_URI: deposit.asset-service.uri (default 'http://localhost:8081')")
                .withMessageContaining("DB_URL: spring.datasource.url (default "
                        + "'jdbc:h2:file:./data/${spring.application.name};MODE=MySQL')")
                .withMessageNotContaining("REDIS_HOST");
    }

    @Test
    void prodStartsWhenEveryListedVariableIsSet() {
        MockEnvironment environment = app("prod").withProperty("ASSET_SERVICE_URI", "http://asset-service:8081")
                .withProperty("DB_URL", "jdbc:mysql://mysql:3306/deposit").withProperty("REDIS_HOST", "redis");

        localOnlyDefaults.postProcessEnvironment(environment, new SpringApplication());

        verifyNoInteractions(log);
    }

    @Test
    void aBlankVariableIsUnset() {
        MockEnvironment environment = app("prod").withProperty("ASSET_SERVICE_URI", " ")
                .withProperty("DB_URL", "jdbc:mysql://mysql:3306/deposit").withProperty("REDIS_HOST", "redis");

        assertThatIllegalStateException()
                .isThrownBy(() -> localOnlyDefaults.postProcessEnvironment(environment, new SpringApplication()))
                .withMessageContaining("ASSET_SERVICE_URI");
    }

    @Test
    void prodConfigurationThatRequiresTheVariableIsWhatItNames() {
        MockEnvironment environment = app("prod").withProperty("DB_URL", "jdbc:mysql://mysql:3306/deposit")
                .withProperty("REDIS_HOST", "redis");
        environment.getPropertySources().addFirst(new MapPropertySource("configserver:deposit-service-prod.yml",
                Map.of("deposit.asset-service.uri", "${ASSET_SERVICE_URI}")));

        assertThatIllegalStateException()
                .isThrownBy(() -> localOnlyDefaults.postProcessEnvironment(environment, new SpringApplication()))
                .withMessageContaining("ASSET_SERVICE_URI: deposit.asset-service.uri (required, no default)")
                .withMessageNotContaining("localhost:8081");
    }

    @Test
    void localStaysQuietWhateverIsUnset() {
        localOnlyDefaults.postProcessEnvironment(app("local"), new SpringApplication());

        verifyNoInteractions(log);
    }

    @Test
    void aBareRunWarnsOncePerLocalOnlyDefaultUsed() {
        MockEnvironment environment = app().withProperty("REDIS_HOST", "redis");

        localOnlyDefaults.postProcessEnvironment(environment, new SpringApplication());

        ArgumentCaptor<Object> warnings = ArgumentCaptor.forClass(Object.class);
        verify(log, times(2)).warn(warnings.capture());
        assertThat(warnings.getAllValues()).map(String::valueOf).satisfiesExactly(
                asset -> assertThat(asset).startsWith("ASSET_SERVICE_URI is not set")
                        .contains("deposit.asset-service.uri (default 'http://localhost:8081')"),
                db -> assertThat(db).startsWith("DB_URL is not set").contains("spring.datasource.url"));
    }

    @Test
    void aBareRunWithWarningsOffStaysQuiet() {
        localOnlyDefaults.postProcessEnvironment(app().withProperty(LocalOnlyDefaults.WARN, "false"), new SpringApplication());

        verifyNoInteractions(log);
    }

    @Test
    void anAppThatListsNothingIsNeverRefused() {
        localOnlyDefaults.postProcessEnvironment(new MockEnvironment().withProperty("spring.profiles.active", "prod"),
                new SpringApplication());

        verifyNoInteractions(log);
    }

    @Test
    void runsOnceConfigDataIsLoaded() {
        assertThat(localOnlyDefaults.getOrder()).isGreaterThan(ConfigDataEnvironmentPostProcessor.ORDER);
    }

    @Test
    void aDefaultMayHoldPlaceholdersAndAVariableMayBeReadWithoutOne() {
        assertThat(LocalOnlyDefaults.useIn("url", "${DB_URL:jdbc:h2:${a:${b}}/x}", "DB_URL"))
                .contains(new LocalOnlyDefaults.Use("url", "jdbc:h2:${a:${b}}/x"));
        assertThat(LocalOnlyDefaults.useIn("url", "configserver:${CONFIG_SERVER_URL}", "CONFIG_SERVER_URL"))
                .contains(new LocalOnlyDefaults.Use("url", null));
        assertThat(LocalOnlyDefaults.useIn("url", "${DB_URL_X:a}", "DB_URL")).isEmpty();
    }
}
