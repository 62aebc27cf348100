package com.northstar.platform.service.messaging;

import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * How every service's Kafka listeners behave. A handler that throws is retried with exponential backoff (a
 * dependency that is briefly down recovers without losing the event); after {@code platform.messaging.max-retries}
 * retries (about 45 s) the record goes to {@code <topic>-dlt} for inspection instead of blocking its partition
 * forever. Handlers are idempotent per event id ({@code ProcessedEvents}), so retries never apply an event twice.
 * Every log line written while a record is handled carries its event id.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<Object, Object> kafka,
            @Value("${platform.messaging.max-retries:8}") int maxRetries) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(maxRetries);
        backOff.setInitialInterval(500);
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(10_000);
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(record.topic() + "-dlt", -1));
        return new DefaultErrorHandler(deadLetters, backOff);
    }

    @Bean
    @ConditionalOnMissingBean(RecordInterceptor.class)
    EventIdLoggingContext eventIdLoggingContext() {
        return new EventIdLoggingContext();
    }
}
