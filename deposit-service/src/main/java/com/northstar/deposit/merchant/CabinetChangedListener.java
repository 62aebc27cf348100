package com.northstar.deposit.merchant;

import com.northstar.platform.service.outbox.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns merchants' names from asset-service's {@code asset.cabinet-changed} ({@code data: {merchantCode,
 * merchantName, ...}}), once per event id.
 */
@Component
class CabinetChangedListener {

    static final String TOPIC = "asset.cabinet-changed";
    static final String CONSUMER = "deposit.merchant-directory";

    private static final Logger log = LoggerFactory.getLogger(CabinetChangedListener.class);

    private final ProcessedEvents processedEvents;
    private final MerchantDirectory merchants;

    CabinetChangedListener(ProcessedEvents processedEvents, MerchantDirectory merchants) {
        this.processedEvents = processedEvents;
        this.merchants = merchants;
    }

    @KafkaListener(topics = TOPIC)
    void onCabinetChanged(String message) {
        processedEvents.handleOnce(CONSUMER, message, event -> {
            String merchantCode = event.text("merchantCode");
            String merchantName = event.text("merchantName");
            if (merchantCode == null || merchantName == null) {
                log.info("{} event {} names no merchant and name; nothing to learn", TOPIC, event.eventId());
                return;
            }
            merchants.record(merchantCode, merchantName);
        });
    }
}
