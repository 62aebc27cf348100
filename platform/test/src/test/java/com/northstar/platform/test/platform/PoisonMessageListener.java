package com.northstar.platform.test.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A consumer whose handler always fails, to show where such a message ends up and how often it was tried. */
@Component
class PoisonMessageListener {

    static final String TOPIC = "platform-test-poison";

    final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    @KafkaListener(topics = TOPIC, groupId = "platform-test-poison")
    void handle(String message) {
        attempts.merge(message, 1, Integer::sum);
        throw new IllegalStateException("cannot handle " + message);
    }
}
