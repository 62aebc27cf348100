package com.northstar.platform.core.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The one local-only default {@link LocalOnlyDefaults} cannot judge: every app imports config-server from
 * {@code CONFIG_SERVER_URL} (default http://localhost:8888) while config data is loaded, before that check runs. With
 * the prod profile and no CONFIG_SERVER_URL the import would wait about 100 s for localhost:8888 and then fail on
 * the connection, or read a developer's config-server that happens to run there; so the app stops at once instead.
 * Only the profiles the environment itself names are known here (SPRING_PROFILES_ACTIVE), which is how prod is run;
 * Spring Boot applies them to the environment only while loading config data, so the property is read directly.
 */
public class ConfigServerUrlInProd implements EnvironmentPostProcessor, Ordered {

    static final String VARIABLE = "CONFIG_SERVER_URL";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean prod = Binder.get(environment).bind("spring.profiles.active", Bindable.setOf(String.class))
                .map(profiles -> profiles.contains("prod")).orElse(false);
        if (prod && !LocalOnlyDefaults.isSet(environment, VARIABLE)) {
            throw new IllegalStateException("The prod profile is active but " + VARIABLE + " is not set: config-server's "
                    + "URL (spring.config.import), read before any other setting, would default to http://localhost:8888. "
                    + "Set it; the app then names any other local-only default it lacks (platform.local-only-defaults).");
        }
    }
}
