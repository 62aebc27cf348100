package com.northstar.platform.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.mock.env.MockEnvironment;

class ConfigServerUrlInProdTest {

    private final ConfigServerUrlInProd check = new ConfigServerUrlInProd();

    @Test
    void prodWithoutConfigServerUrlStopsBeforeTheConfigImportTriesLocalhost() {
        MockEnvironment prod = new MockEnvironment().withProperty("spring.profiles.active", "prod");

        assertThat(check.getOrder()).isLessThan(ConfigDataEnvironmentPostProcessor.ORDER);
        assertThatIllegalStateException().isThrownBy(() -> check.postProcessEnvironment(prod, new SpringApplication()))
                .withMessageContaining("CONFIG_SERVER_URL is not set");
    }

    @Test
    void prodWithConfigServerUrlGoesOn() {
        MockEnvironment prod = new MockEnvironment().withProperty("spring.profiles.active", "prod")
                .withProperty("CONFIG_SERVER_URL", "http://config-server:8888");

        assertThatCode(() -> check.postProcessEnvironment(prod, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void otherProfilesFallBackToLocalhostAsBefore() {
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
