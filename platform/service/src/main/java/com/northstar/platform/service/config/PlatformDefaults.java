package com.northstar.platform.service.config;

import com.northstar.platform.core.config.YamlDefaults;

/**
 * {@code platform-defaults.yml}: the defaults every business service shares (actuator, logging, Jackson, Kafka,
 * Flyway, MyBatis-Plus, config import); a service's own files and config-server override any of them.
 */
public class PlatformDefaults extends YamlDefaults {

    public PlatformDefaults() {
        super("platform-defaults.yml");
    }
}
