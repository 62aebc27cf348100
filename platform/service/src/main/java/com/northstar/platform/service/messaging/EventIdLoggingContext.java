package com.northstar.platform.service.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the event id of the record being handled (the {@code eventId} header the outbox relay sets) into the
 * logging context as {@code eventId}, so a consumer's log lines can be matched to the producer's event.
 */
public class EventIdLoggingContext implements RecordInterceptor<Object, Object> {

    public static final String MDC_KEY = "eventId";
    static final String HEADER = "eventId";

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        Header eventId = record.headers().lastHeader(HEADER);
        if (eventId != null) {
            MDC.put(MDC_KEY, new String(eventId.value(), StandardCharsets.UTF_8));
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(MDC_KEY);
    }
}
