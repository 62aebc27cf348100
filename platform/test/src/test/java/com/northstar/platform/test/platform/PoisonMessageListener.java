package com.northstar.platform.test.platform;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A consumer whose handler always fails, to show where such a message ends up. */
@Component
class PoisonMessageListener {

    static final String TOPIC = "platform-test-poison";

    @KafkaListener(topics = TOPIC, groupId = "platform-test-poison")
    void handle(String message) {
        throw new IllegalStateException("cannot handle " + message);
    }
}
