package com.northstar.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * When each step of the swap-to-Weichuang flow published its event: the record timestamps (the producer's clock,
 * this machine's) of {@code swap.order-completed} by deviceOrderId and of {@code asset.binding-changed} by
 * battery and state, read by a consumer group of the benchmark's own from the topics' start and kept only for this
 * run's orders and batteries.
 */
final class PipelineStamps implements AutoCloseable {

    static final String SWAP_COMPLETED = "swap.order-completed";
    static final String BINDING_CHANGED = "asset.binding-changed";

    private final Predicate<String> ours;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Long> swapPublished = new ConcurrentHashMap<>();
    private final Map<String, Long> bindingPublished = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean stopped;

    /** @param ours whether a deviceOrderId or battery code is this run's */
    PipelineStamps(String bootstrapServers, Predicate<String> ours) {
        this.ours = ours;
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-binding-latency-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Topics appear on first use during the run: look for them every second, not every five minutes.
        properties.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(SWAP_COMPLETED, BINDING_CHANGED));
        poller = new Thread(() -> poll(consumer), "bench-kafka-stamps");
        poller.setDaemon(true);
        poller.start();
    }

    /** Key of a binding event: the battery and the state it was put in (1 bound, 0 unbound). */
    static String binding(String batteryCode, int state) {
        return batteryCode + "#" + state;
    }

    Long swapPublished(String deviceOrderId) {
        return swapPublished.get(deviceOrderId);
    }

    Long bindingPublished(String batteryCode, int state) {
        return bindingPublished.get(binding(batteryCode, state));
    }

    private void poll(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (!stopped) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode data = json.readTree(record.value()).path("data");
                    if (record.topic().equals(SWAP_COMPLETED)) {
                        String deviceOrderId = data.path("deviceOrderId").asString("");
                        if (ours.test(deviceOrderId)) {
                            swapPublished.putIfAbsent(deviceOrderId, record.timestamp());
                        }
                    } else {
                        String batteryCode = data.path("batteryCode").asString("");
                        if (ours.test(batteryCode)) {
                            bindingPublished.putIfAbsent(binding(batteryCode, data.path("state").asInt(-1)),
                                    record.timestamp());
                        }
                    }
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        poller.join(5_000);
    }
}
