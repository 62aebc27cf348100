package com.northstar.platform.test.platform;

import com.northstar.platform.test.IntegrationTestProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The family of platform integration tests: one context, served on a random port, on a schema of its own and the
 * shared broker. The relay thread is off so each test drives {@code relayOnce()} itself and sees exactly one
 * round's outcome.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.application.name=platform-test", "platform.outbox.enabled=false",
            "spring.cloud.config.enabled=false", "platform.messaging.max-retries=3",
            "platform.messaging.initial-interval=1s" })
abstract class PlatformIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.register(registry, "it_platform");
    }
}
