package com.northstar.platform.service.messaging;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * How every service's Kafka listeners behave. A handler that throws is retried with exponential backoff (a
 * dependency that is briefly down recovers without losing the event); after {@link MessagingProperties} retries
 * (about 45 s) the record goes to {@code <topic>-dlt} for inspection instead of blocking its partition forever. A
 * message that cannot be read as an event ({@link UnreadableEventException}) goes there at once: no retry could
 * change it, and its partition would wait the whole retry budget for nothing. Handlers are idempotent per event id
 * ({@code ProcessedEvents}), so retries never apply an event twice. Every log line written while a record is
 * handled carries its event id.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<Object, Object> kafka, MessagingProperties properties) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.maxRetries());
        backOff.setInitialInterval(properties.initialInterval().toMillis());
        backOff.setMultiplier(properties.multiplier());
        backOff.setMaxInterval(properties.maxInterval().toMillis());
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(record.topic() + "-dlt", -1));
        DefaultErrorHandler errorHandler = new DefaultErrorHandler(deadLetters, backOff);
        errorHandler.addNotRetryableExceptions(UnreadableEventException.class);
        return errorHandler;
    }

    @Bean
    @ConditionalOnMissingBean(RecordInterceptor.class)
    EventIdLoggingContext eventIdLoggingContext() {
        return new EventIdLoggingContext();
    }
}
