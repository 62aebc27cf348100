package com.northstar.swaporder;

import com.northstar.platform.test.IntegrationTestProperties;
import com.northstar.platform.test.ServiceMvcTestSupport;
import com.northstar.platform.test.SharedKafkaBroker;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context of swap-order-service's integration tests: MariaDB schema {@code it_swap_order}, the shared
 * embedded Kafka broker, requests through the real MVC stack with the trusted headers the gateway would set.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class SwapOrderIntegrationTestSupport extends ServiceMvcTestSupport {

    public static final String REPORT = "/api/swap/orders/report";
    public static final String QUERY = "/api/swap/orders/query";
    public static final String HANDLE = "/api/swap/orders/abnormal/handle";

    public static final HttpHeaders DEVICE = caller("cabinet-local", "DEVICE");
    public static final HttpHeaders NOBODY = new HttpHeaders();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.register(registry, "it_swap_order");
    }

    /**
     * Empties this service's tables so each test starts from nothing; TRUNCATE also restarts order ids at 1. The
     * outbox goes too, so counting a test's events is not confused by ids an earlier test used.
     */
    protected void emptyTables() {
        for (String table : new String[] { "swap_order", "cabinet_owner", "idempotency_key", "outbox_event",
                "processed_event" }) {
            jdbc.sql("TRUNCATE TABLE " + table).update();
        }
    }

    /** A complete, valid report body; tests change what they are about. */
    public static Map<String, Object> order(String deviceOrderId, String deviceId, String merchantCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deviceOrderId", deviceOrderId);
        body.put("deviceId", deviceId);
        body.put("merchantCode", merchantCode);
        body.put("userId", 100001);
        body.put("phone", "13800000001");
        body.put("userName", "张伟");
        body.put("channel", "APP");
        body.put("orderType", 1);
        body.put("orderState", 1);
        body.put("startTime", "2026-03-01 10:00:00");
        body.put("completeTime", "2026-03-01 10:01:30");
        body.put("newBattery", "BAT00000001");
        body.put("oldBattery", "BAT00000002");
        body.put("payStatus", 1);
        body.put("payType", 1);
        body.put("changeDetail", Map.of("borrowBoxNo", 3, "returnBoxNo", 7, "borrowElectric", 98,
                "returnElectric", 21));
        body.put("packageInfo", Map.of("packageName", "月卡-30天不限次", "price", 19900));
        return body;
    }

    /** Reports through the real endpoint as a cabinet; returns the new order id. */
    protected long report(Map<String, Object> body) throws Exception {
        return postOk(REPORT, DEVICE, body).get("data").get("orderId").asLong();
    }

    protected long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** A consumer of {@code topic} in a group of its own, reading from the topic's start. */
    protected static Consumer<String, String> consumer(String topic) {
        Map<String, Object> properties = KafkaTestUtils.consumerProps(SharedKafkaBroker.broker(),
                "swap-order-test-" + UUID.randomUUID(), false);
        Consumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** Reads until the event of this device order shows up (other tests publish on the same topics). */
    protected static ConsumerRecord<String, String> awaitRecord(Consumer<String, String> consumer,
            String deviceOrderId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.value().contains(deviceOrderId)) {
                    return record;
                }
            }
        }
        throw new AssertionError("no event for " + deviceOrderId + " within 30 s");
    }
}
