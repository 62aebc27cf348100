package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.platform.test.SharedKafkaBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.kafka.test.utils.KafkaTestUtils;

class DeadLetterIntegrationTest extends PlatformIntegrationTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void aMessageWhoseHandlerKeepsFailingIsRetriedThenParkedOnTheDeadLetterTopic() throws Exception {
        String message = "poison-" + UUID.randomUUID();
        Map<String, Object> props = KafkaTestUtils.consumerProps(SharedKafkaBroker.bootstrapServers(),
                "dlt-reader-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        try (Consumer<String, String> deadLetters = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new StringDeserializer()).createConsumer()) {
            deadLetters.subscribe(List.of(PoisonMessageListener.TOPIC + "-dlt"));

            listeners.getListenerContainers().forEach(container -> ContainerTestUtils.waitForAssignment(container, 1));
            kafka.send(PoisonMessageListener.TOPIC, "k", message).get();

            ConsumerRecord<String, String> parked = KafkaTestUtils.getSingleRecord(deadLetters,
                    PoisonMessageListener.TOPIC + "-dlt", Duration.ofSeconds(30));
            assertThat(parked.value()).isEqualTo(message);
            assertThat(parked.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
        }
    }
}
