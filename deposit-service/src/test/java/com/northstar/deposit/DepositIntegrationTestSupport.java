package com.northstar.deposit;

import com.northstar.platform.test.IntegrationTestProperties;
import com.northstar.platform.test.ServiceMvcTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The one Spring context of deposit-service's integration tests: MariaDB schema {@code it_deposit}, the shared
 * embedded Kafka broker, asset-service as {@link FakeAssetService}, and requests through the real MVC stack with
 * the trusted headers the gateway would set.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class DepositIntegrationTestSupport extends ServiceMvcTestSupport {

    public static final String APPLY = "/api/deposit/refund-applications";
    public static final String QUERY = "/api/deposit/refund-applications/query";
    public static final String DETAIL = "/api/deposit/refund-applications/";
    public static final String CONFIRM = "/api/deposit/refund-applications/confirm";

    public static final String REQUESTED = "deposit.refund-requested";
    public static final String COMPLETED = "deposit.refund-completed";

    private static final List<String> TABLES = List.of("deposit", "refund_application", "merchant", "outbox_event",
            "processed_event", "idempotency_key");

    private static final AtomicLong NEW_IDS = new AtomicLong();

    @Autowired
    private DataSource dataSource;
    @Autowired
    private KafkaTemplate<String, String> kafka;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.register(registry, "it_deposit");
        registry.add("deposit.asset-service.uri", FakeAssetService.instance()::uri);
        registry.add("spring.cloud.openfeign.client.config.asset-service.read-timeout", () -> "500");
    }

    /** An APP user. */
    public static HttpHeaders app(String subject) {
        return caller(subject, "APP");
    }

    /**
     * Empties every table, loads {@code fixtures/refunds.sql}; asset-service forgets its members. Applications made
     * by a test get ids no earlier test used, so their refundNos are new too: an event of an earlier test that
     * arrives late can never match one of them.
     */
    protected void loadFixture() {
        TABLES.forEach(table -> jdbc.sql("TRUNCATE TABLE " + table).update());
        new ResourceDatabasePopulator(new ClassPathResource("fixtures/refunds.sql")).execute(dataSource);
        jdbc.sql("ALTER TABLE refund_application AUTO_INCREMENT = " + NEW_IDS.addAndGet(1_000)).update();
        FakeAssetService.instance().reset();
    }

    /** Publishes an event envelope on {@code topic}, as another service's relay would; returns its event id. */
    protected String publish(String topic, String key, String eventType, Object data) throws Exception {
        String eventId = UUID.randomUUID().toString();
        publish(topic, key, eventId, eventType, data);
        return eventId;
    }

    protected void publish(String topic, String key, String eventId, String eventType, Object data) throws Exception {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", eventId);
        envelope.put("eventType", eventType);
        envelope.put("occurredAt", "2026-03-05T02:00:00Z");
        envelope.put("schemaVersion", 1);
        envelope.put("data", data);
        kafka.send(topic, key, json.writeValueAsString(envelope)).get();
    }

    /** Whether {@code consumer} has handled the event. */
    protected boolean handled(String consumer, String eventId) {
        return count("SELECT COUNT(*) FROM processed_event WHERE consumer = ? AND event_id = ?", consumer,
                eventId) == 1;
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    protected Map<String, Object> row(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query().singleRow();
    }

    /** The {@code data} of the outbox's events of a topic, oldest first. */
    protected List<JsonNode> events(String topic) {
        return jdbc.sql("SELECT payload FROM outbox_event WHERE topic = ? ORDER BY id")
                .param(topic).query(String.class).list().stream().map(payload -> json.readTree(payload).get("data"))
                .toList();
    }

    protected static String resource(String path) throws IOException {
        try (InputStream in = DepositIntegrationTestSupport.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IOException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
