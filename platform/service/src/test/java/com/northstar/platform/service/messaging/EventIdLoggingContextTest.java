package com.northstar.platform.service.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class EventIdLoggingContextTest {

    private final EventIdLoggingContext context = new EventIdLoggingContext();

    @Test
    void theEventIdIsInTheLoggingContextWhileItsRecordIsHandled() {
        ConsumerRecord<Object, Object> record = new ConsumerRecord<>("swap.order-completed", 0, 0, "7", "{}");
        record.headers().add("eventId", "e-1".getBytes(StandardCharsets.UTF_8));

        context.intercept(record, null);
        assertThat(MDC.get(EventIdLoggingContext.MDC_KEY)).isEqualTo("e-1");

        context.afterRecord(record, null);
        assertThat(MDC.get(EventIdLoggingContext.MDC_KEY)).isNull();
    }
}
