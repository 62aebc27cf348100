package com.northstar.member.merchant;

import com.northstar.platform.service.outbox.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

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
            String code = event.text("merchantCode");
            if (code != null) {
                directory.named(code, event.text("merchantName"));
            }
        });
    }
}
