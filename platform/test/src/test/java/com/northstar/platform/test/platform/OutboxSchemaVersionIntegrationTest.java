package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.platform.core.event.EventEnvelope;
import com.northstar.platform.service.outbox.Outbox;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Outbox.record: the envelope's schemaVersion is the one the payload declares. */
class OutboxSchemaVersionIntegrationTest extends PlatformIntegrationTest {

    record ThingRenamed(String name) implements EventEnvelope.VersionedPayload {

        @Override
        public int schemaVersion() {
            return 2;
        }
    }

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void aVersionedPayloadGivesTheEnvelopeItsSchemaVersionAndOnlyItsOwnFields() {
        JsonNode envelope = recorded(new ThingRenamed("battery"));

        assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(envelope.get("data").propertyNames()).containsExactly("name");
    }

    @Test
    void aPayloadThatDeclaresNoVersionIsVersionOne() {
        assertThat(recorded(Map.of("name", "battery")).get("schemaVersion").asInt())
                .isEqualTo(EventEnvelope.UNVERSIONED);
    }

    /** Records the payload and takes its envelope out of the outbox again (the relay is off in this family). */
    private JsonNode recorded(Object payload) {
        String eventId = transactions.execute(status -> outbox.record("platform-test-versions", "1", "ThingRenamed",
                payload));
        String stored = jdbc.sql("SELECT payload FROM outbox_event WHERE event_id = ?").param(eventId)
                .query(String.class).single();
        jdbc.sql("DELETE FROM outbox_event WHERE event_id = ?").param(eventId).update();
        return json.readTree(stored);
    }
}
