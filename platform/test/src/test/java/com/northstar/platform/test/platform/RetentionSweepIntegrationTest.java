package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.platform.service.retention.RetentionSweep;
import com.northstar.platform.core.time.WireDates;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RetentionSweepIntegrationTest extends PlatformIntegrationTest {

    @Autowired
    RetentionSweep sweep;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyTables() {
        jdbc.sql("DELETE FROM processed_event").update();
        jdbc.sql("DELETE FROM idempotency_key").update();
    }

    @Test
    void rowsPastTheirRetentionAreDeletedAndRecentOnesKept() {
        LocalDateTime now = LocalDateTime.now(WireDates.ZONE);
        processedEvent("old", now.minusDays(31));
        processedEvent("recent", now.minusDays(29));
        idempotencyKey("old", now.minusDays(31));
        idempotencyKey("recent", now.minusHours(1));

        assertThat(sweep.sweepOnce()).isEqualTo(2);

        assertThat(jdbc.sql("SELECT event_id FROM processed_event").query(String.class).list())
                .containsExactly("recent");
        assertThat(jdbc.sql("SELECT idem_key FROM idempotency_key").query(String.class).list())
                .containsExactly("recent");
    }

    private void processedEvent(String eventId, LocalDateTime at) {
        jdbc.sql("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('c', ?, ?)")
                .params(eventId, at).update();
    }

    private void idempotencyKey(String key, LocalDateTime at) {
        jdbc.sql("""
                INSERT INTO idempotency_key (operation, idem_key, request_hash, response, created_at)
                VALUES ('op', ?, 'h', '{}', ?)""").params(key, at).update();
    }
}
