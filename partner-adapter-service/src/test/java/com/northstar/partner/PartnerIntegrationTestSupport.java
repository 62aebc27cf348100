package com.northstar.partner;

import static org.awaitility.Awaitility.await;

import com.northstar.partner.weichuang.WeichuangOperation;
import com.northstar.partner.weichuang.WeichuangResilience;
import com.northstar.platform.test.IntegrationTestProperties;
import com.northstar.platform.test.ServiceMvcTestSupport;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context of partner-adapter-service's integration tests: MariaDB schema {@code it_partner}, the
 * shared embedded Kafka broker, the real Weichuang simulator over HTTP, and the config repository's
 * partner-adapter-service files (numbers made small here so faults play out in milliseconds, same code paths).
 */
@SpringBootTest(properties = {
        "spring.config.additional-location=file:../config/partner-adapter-service.yml,"
                + "file:../config/partner-adapter-service-local.yml",
        "spring.cloud.openfeign.client.config.weichuang.connect-timeout=500",
        "spring.cloud.openfeign.client.config.weichuang.read-timeout=1000",
        "weichuang.resilience.time-limit=1500ms",
        "weichuang.resilience.initial-backoff=20ms",
        "weichuang.resilience.max-backoff=100ms",
        "weichuang.resilience.sliding-window-size=4",
        "weichuang.resilience.minimum-calls=4",
        "weichuang.resilience.open-duration=1s",
        "weichuang.resilience.half-open-calls=2",
        "partner.calls.poll-interval=200ms",
        "partner.calls.park-delay=1s",
        "partner.calls.max-park-delay=2s" })
@AutoConfigureMockMvc
public abstract class PartnerIntegrationTestSupport extends ServiceMvcTestSupport {

    protected static final WeichuangSimulator SIMULATOR = WeichuangSimulator.shared();
    protected static final Duration WAIT = Duration.ofSeconds(30);

    public static final HttpHeaders MERCHANT = caller("merchant-user", "MERCHANT");

    @Autowired
    protected KafkaTemplate<String, String> kafka;
    @Autowired
    protected WeichuangResilience resilience;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.register(registry, "it_partner");
        registry.add("weichuang.base-url", SIMULATOR::baseUrl);
    }

    /** Each test starts with the simulator as seeded, no calls in our tables and every breaker closed. */
    @BeforeEach
    void startFresh() {
        SIMULATOR.reset();
        for (String table : new String[] { "partner_call", "partner_call_attempt", "outbox_event" }) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        for (WeichuangOperation operation : WeichuangOperation.values()) {
            resilience.breaker(operation).reset();
        }
    }

    /** Publishes an event envelope as the producing service's outbox relay would; returns its event id. */
    protected String publish(String topic, String key, String eventType, Map<String, Object> data) throws Exception {
        return publish(topic, key, eventType, data, UUID.randomUUID().toString());
    }

    protected String publish(String topic, String key, String eventType, Map<String, Object> data, String eventId)
            throws Exception {
        String envelope = json.writeValueAsString(Map.of("eventId", eventId, "eventType", eventType,
                "occurredAt", "2026-03-01T02:00:00Z", "schemaVersion", 1, "data", data));
        kafka.send(topic, key, envelope).get();
        return eventId;
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    protected static void awaitUntil(BooleanSupplier condition) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }

    /** Processed events of one consumer, to know a published event was handled. */
    protected long processed(String consumer) {
        return count("SELECT COUNT(*) FROM processed_event WHERE consumer = ?", consumer);
    }
}
