package com.northstar.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.member.member.MemberTotals;
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
 * The one Spring context of member-service's integration tests: MariaDB schema {@code it_member}, the shared embedded
 * Kafka broker, partner-adapter and asset-service as {@link FakeNeighbours}, requests through the real MVC stack with
 * the trusted headers the gateway (or an OpenFeign caller) would set. The resumer's schedule is an hour: tests run
 * its rounds themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class MemberIntegrationTestSupport extends ServiceMvcTestSupport {

    public static final String REVIEWS = "/api/member/access-reviews/query";
    public static final String APPROVE = "/api/member/access-reviews/approve";
    public static final String REJECT = "/api/member/access-reviews/reject";
    public static final String STORE_MEMBERS = "/api/member/members/store-query";
    public static final String STATS = "/api/member/members/stats";
    public static final String MEMBERS = "/api/member/members/query";
    public static final String OPERATE = "/api/member/members/operate";
    public static final String MIGRATIONS = "/api/member/migrations";

    private static final List<String> TABLES = List.of("merchant_directory", "member", "member_total", "member_swap",
            "member_swap_day", "access_review", "member_migration", "outbox_event", "processed_event",
            "idempotency_key");

    @Autowired
    private DataSource dataSource;
    @Autowired
    protected MemberTotals totals;
    @Autowired
    private KafkaTemplate<String, String> kafka;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.register(registry, "it_member");
        registry.add("member.partner-adapter.uri", FakeNeighbours.partnerAdapter()::uri);
        registry.add("member.asset-service.uri", FakeNeighbours.assetService()::uri);
        registry.add("member.migration.resume-interval", () -> "PT1H");
        for (String client : List.of("partner-adapter", "asset-bindings", "asset-member-assets")) {
            registry.add("spring.cloud.openfeign.client.config." + client + ".read-timeout", () -> "800");
        }
    }

    /** Empties every table, loads {@code fixtures/members.sql}, counts its totals; the neighbours forget all. */
    protected void loadFixture() {
        emptyTables();
        new ResourceDatabasePopulator(new ClassPathResource("fixtures/members.sql")).execute(dataSource);
        totals.recount();
        FakeNeighbours.partnerAdapter().reset();
        FakeNeighbours.assetService().reset();
    }

    protected void emptyTables() {
        TABLES.forEach(table -> jdbc.sql("TRUNCATE TABLE " + table).update());
    }

    /** Publishes an event envelope with this data on {@code topic}, as another service's relay would. */
    protected void publish(String topic, String key, String eventId, String eventType, int schemaVersion,
            Map<String, Object> data) throws Exception {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", eventId);
        envelope.put("eventType", eventType);
        envelope.put("occurredAt", "2026-03-02T00:01:30Z");
        envelope.put("schemaVersion", schemaVersion);
        envelope.put("data", data);
        kafka.send(topic, key, json.writeValueAsString(envelope)).get();
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

    /** Whether every row of {@code member_total} is the count of its members. */
    protected void assertTotalsAreTheCounts() {
        List<Map<String, Object>> counted = jdbc.sql("SELECT COALESCE(merchant_code, '') AS m, DATE(created_at) AS d,"
                + " state, COUNT(*) AS n FROM member GROUP BY m, d, state ORDER BY m, d, state").query().listOfRows();
        List<Map<String, Object>> tallied = jdbc.sql("SELECT merchant_code AS m, created_day AS d, state,"
                + " members AS n FROM member_total WHERE members <> 0 ORDER BY m, d, state").query().listOfRows();
        assertThat(tallied.toString()).isEqualTo(counted.toString());
    }

    protected static String resource(String path) throws IOException {
        try (InputStream in = MemberIntegrationTestSupport.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IOException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
