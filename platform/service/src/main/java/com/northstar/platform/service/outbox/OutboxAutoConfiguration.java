package com.northstar.platform.service.outbox;

import com.northstar.platform.service.idempotency.IdempotencyKeys;
import com.northstar.platform.service.retention.RetentionProperties;
import com.northstar.platform.service.retention.RetentionRule;
import com.northstar.platform.service.retention.RetentionSweep;
import com.northstar.platform.tracing.TraceContexts;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox, its relay, processed events, idempotency keys and the sweep that keeps their tables to their
 * retention, over the service's own data source.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "com.northstar.platform.tracing.TracingAutoConfiguration" })
@EnableConfigurationProperties({ OutboxProperties.class, RetentionProperties.class })
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            Clock clock, MeterRegistry meters) {
        return new OutboxRelay(jdbc, kafka, properties, clock, meters);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, Clock clock, OutboxRelay relay, TraceContexts traces) {
        return new Outbox(jdbc, json, clock, relay, traces);
    }

    @Bean
    ProcessedEvents processedEvents(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock) {
        return new ProcessedEvents(jdbc, transactions, json, clock);
    }

    @Bean
    RetentionSweep retentionSweep(JdbcClient jdbc, RetentionProperties properties,
            ObjectProvider<RetentionRule> serviceRules, Clock clock) {
        return new RetentionSweep(jdbc, properties, serviceRules.orderedStream().toList(), clock);
    }

    @Bean
    IdempotencyKeys idempotencyKeys(JdbcClient jdbc, JsonMapper json, Clock clock) {
        return new IdempotencyKeys(jdbc, json, clock);
    }
}
