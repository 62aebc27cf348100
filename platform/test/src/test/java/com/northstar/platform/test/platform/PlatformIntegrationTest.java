package com.northstar.platform.test.platform;

import com.northstar.platform.test.IntegrationTestProperties;
import com.northstar.platform.test.SharedKafkaBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.utils.KafkaTestUtils;
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
            "platform.messaging.initial-interval=1s", "spring.servlet.multipart.max-file-size=1KB",
            "spring.servlet.multipart.max-request-size=2KB" })
abstract class PlatformIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.register(registry, "it_platform");
    }

    /** A consumer of {@code topic} in a group of its own, reading from the earliest record. */
    static Consumer<String, String> consumerOf(String topic) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(SharedKafkaBroker.bootstrapServers(),
                "platform-test-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new StringDeserializer()).createConsumer();
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
