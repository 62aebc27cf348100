package com.northstar.platform.test;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a service's test context at a fresh schema of the test MySQL server and at the shared embedded Kafka
 * broker, without config-server. Call it from one {@code @DynamicPropertySource} method of a test family's base
 * class so every class of the family shares one Spring context.
 */
public final class IntegrationTestProperties {

    private IntegrationTestProperties() {
    }

    public static void register(DynamicPropertyRegistry registry, String schema) {
        database(registry, schema);
        registry.add("spring.kafka.bootstrap-servers", SharedKafkaBroker::bootstrapServers);
    }

    /**
     * For a family that needs the database but no Kafka: no broker starts, and neither the relay nor the
     * service's listeners try to reach one.
     */
    public static void registerWithoutKafka(DynamicPropertyRegistry registry, String schema) {
        database(registry, schema);
        registry.add("platform.outbox.enabled", () -> "false");
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
    }

    private static void database(DynamicPropertyRegistry registry, String schema) {
        String url = MySqlTestDatabase.freshSchema(schema);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", MySqlTestDatabase::user);
        registry.add("spring.datasource.password", MySqlTestDatabase::password);
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
        registry.add("spring.cloud.config.enabled", () -> "false");
    }
}
