package com.northstar.asset;

import com.northstar.platform.test.IntegrationTestProperties;
import com.northstar.platform.test.ServiceMvcTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
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

    public static final HttpHeaders OPS = caller("ops-1", "OPS");
    public static final HttpHeaders PARTNER = caller("weichuang-local", "PARTNER");
    public static final HttpHeaders INTERNAL = caller("member-service", "INTERNAL");
    public static final HttpHeaders APP = caller("user-1", "APP");

    private static final List<String> TABLES = List.of("merchant", "cabinet", "battery_model", "battery",
            "battery_binding", "battery_track", "vehicle", "vehicle_rental", "outbox_event", "processed_event",
            "idempotency_key");

    @Autowired
    private DataSource dataSource;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.register(registry, "it_asset");
        registry.add("asset.partner-adapter.uri", FakePartnerAdapter.instance()::uri);
        registry.add("spring.cloud.openfeign.client.config.partner-adapter.read-timeout", () -> "500");
    }

    /**
     * Empties every table (TRUNCATE restarts ids at 1, so binding ids are the fixture's order) and loads
     * {@code fixtures/assets.sql}; partner-adapter forgets what it knew.
     */
    protected void loadFixture() {
        emptyTables();
        new ResourceDatabasePopulator(new ClassPathResource("fixtures/assets.sql")).execute(dataSource);
        FakePartnerAdapter.instance().reset();
    }

    protected void emptyTables() {
        TABLES.forEach(table -> jdbc.sql("TRUNCATE TABLE " + table).update());
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
