package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.retention.BatchedDelete;
import com.northstar.platform.service.retention.RetentionSweep;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class RetentionSweepIntegrationTest extends PlatformIntegrationTest {

    @Autowired
    RetentionSweep sweep;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;

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

    @Test
    void aBacklogLargerThanOneBatchIsDeletedWhole() {
        LocalDateTime old = LocalDateTime.now(WireDates.ZONE).minusDays(40);
        List<Object[]> events = new ArrayList<>();
        List<Object[]> keys = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            events.add(new Object[] { "old-" + i, old });
            keys.add(new Object[] { "old-" + i, old });
        }
        jdbcTemplate.batchUpdate("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('c', ?, ?)",
                events);
        jdbcTemplate.batchUpdate("""
                INSERT INTO idempotency_key (operation, idem_key, request_hash, response, created_at)
                VALUES ('op', ?, 'h', '{}', ?)""", keys);
        processedEvent("recent", LocalDateTime.now(WireDates.ZONE));

        assertThat(sweep.sweepOnce()).as("2,500 of each: more than one batch of %d", BatchedDelete.BATCH_SIZE)
                .isEqualTo(5000);

        assertThat(jdbc.sql("SELECT event_id FROM processed_event").query(String.class).list())
                .containsExactly("recent");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_key").query(Long.class).single()).isZero();
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
