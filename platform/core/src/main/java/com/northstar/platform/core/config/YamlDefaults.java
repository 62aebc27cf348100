package com.northstar.platform.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds a YAML file of the classpath to the default properties, the lowest precedence there is, so that every app
 * using a platform module shares its defaults and can override any of them in its own files. Runs before config data
 * is loaded, so the defaults also reach what config data resolves (the config-server import).
 */
public abstract class YamlDefaults implements EnvironmentPostProcessor, Ordered {

    private final String resource;

    protected YamlDefaults(String resource) {
        this.resource = resource;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        try {
            for (var source : new YamlPropertySourceLoader().load(resource, new ClassPathResource(resource))) {
                if (source instanceof EnumerablePropertySource<?> enumerable) {
                    for (String name : enumerable.getPropertyNames()) {
                        defaults.putIfAbsent(name, enumerable.getProperty(name));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        defaults.putAll(derived(environment));
        DefaultPropertiesPropertySource.addOrMerge(defaults, environment.getPropertySources());
    }

    /** Defaults that depend on what the environment already holds; none unless a subclass says otherwise. */
    protected Map<String, Object> derived(ConfigurableEnvironment environment) {
        return Map.of();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
