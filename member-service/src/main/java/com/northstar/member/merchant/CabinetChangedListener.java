package com.northstar.member.merchant;

import com.northstar.platform.service.outbox.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Keeps the directory's merchant names as asset-service's {@code asset.cabinet-changed} gives them. */
@Component
class CabinetChangedListener {

    static final String TOPIC = "asset.cabinet-changed";
    static final String CONSUMER = "member.merchant-directory";

    private final ProcessedEvents processedEvents;
    private final MerchantDirectory directory;

    CabinetChangedListener(ProcessedEvents processedEvents, MerchantDirectory directory) {
        this.processedEvents = processedEvents;
        this.directory = directory;
    }

    @KafkaListener(topics = TOPIC)
    void onCabinetChanged(String message) {
        processedEvents.handleOnce(CONSUMER, message, event -> {
            JsonNode data = event.data();
            String code = text(data, "merchantCode");
            if (code != null) {
                directory.named(code, text(data, "merchantName"));
            }
        });
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }
}
