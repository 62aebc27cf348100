package com.northstar.asset;

import com.northstar.asset.merchant.MerchantTotals;
import com.northstar.platform.test.IntegrationTestProperties;
import com.northstar.platform.test.ServiceMvcTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The one Spring context of asset-service's integration tests: MariaDB schema {@code it_asset}, the shared embedded
 * Kafka broker, partner-adapter as {@link FakePartnerAdapter}, and requests through the real MVC stack with the
 * trusted headers the gateway (or an OpenFeign caller) would set.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class AssetIntegrationTestSupport extends ServiceMvcTestSupport {

    public static final String TANK_UPDATE = "/api/asset/tanks/update";
    public static final String VEHICLE_OVERDUE = "/api/asset/vehicles/overdue";
    public static final String MEMBER_BATTERIES = "/api/asset/member-batteries/query";
    public static final String BATTERIES = "/api/asset/batteries/query";
    public static final String BINDINGS = "/api/asset/battery-bindings/query";
    public static final String BINDING_CORRECT = "/api/asset/battery-bindings/correct";
    public static final String MIGRATE = "/internal/asset/battery-bindings/migrate";
    public static final String MEMBER_ASSETS = "/internal/asset/member-assets";

    private static final List<String> TABLES = List.of("merchant", "cabinet", "battery_model", "battery",
            "battery_binding", "battery_track", "vehicle", "vehicle_rental", "merchant_asset_total", "outbox_event",
            "processed_event", "idempotency_key");

    @Autowired
    private DataSource dataSource;
    @Autowired
    protected MerchantTotals totals;
    @Autowired
    private KafkaTemplate<String, String> kafka;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.register(registry, "it_asset");
        registry.add("asset.partner-adapter.uri", FakePartnerAdapter.instance()::uri);
        registry.add("spring.cloud.openfeign.client.config.partner-adapter.read-timeout", () -> "500");
        // Tests announce overdue rentals themselves, at the moment they choose.
        registry.add("asset.overdue.check-interval", () -> "1h");
    }

    /**
     * Empties every table (TRUNCATE restarts ids at 1, so binding ids are the fixture's order), loads
     * {@code fixtures/assets.sql} and counts the merchants' totals from it; partner-adapter forgets what it knew.
     */
    protected void loadFixture() {
        emptyTables();
        new ResourceDatabasePopulator(new ClassPathResource("fixtures/assets.sql")).execute(dataSource);
        totals.recount();
        FakePartnerAdapter.instance().reset();
    }

    protected void emptyTables() {
        TABLES.forEach(table -> jdbc.sql("TRUNCATE TABLE " + table).update());
    }

    /** Publishes swap-order's {@code swap.order-completed} envelope (schema 2) with this data, as its relay would. */
    protected void publishSwap(String eventId, Map<String, Object> data) throws Exception {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", eventId);
        envelope.put("eventType", "SwapOrderCompleted");
        envelope.put("occurredAt", "2026-03-02T00:01:30Z");
        envelope.put("schemaVersion", 2);
        envelope.put("data", data);
        kafka.send("swap.order-completed", data.get("orderId").toString(), json.writeValueAsString(envelope)).get();
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The {@code data} of the outbox's events of a topic, oldest first. */
    protected List<JsonNode> events(String topic) {
        return jdbc.sql("SELECT payload FROM outbox_event WHERE topic = ? ORDER BY id")
                .param(topic).query(String.class).list().stream().map(payload -> json.readTree(payload).get("data"))
                .toList();
    }

    protected static String resource(String path) throws IOException {
        try (InputStream in = AssetIntegrationTestSupport.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IOException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
