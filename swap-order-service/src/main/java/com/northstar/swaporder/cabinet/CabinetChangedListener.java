package com.northstar.swaporder.cabinet;

import com.northstar.platform.service.outbox.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code cabinet_owner} in step with asset-service's {@code asset.cabinet-changed} events
 * ({@code data: {deviceId, merchantCode}}), once per event id.
 */
@Component
class CabinetChangedListener {

    static final String TOPIC = "asset.cabinet-changed";
    static final String CONSUMER = "swap-order.cabinet-owner";

    private static final Logger log = LoggerFactory.getLogger(CabinetChangedListener.class);

    private final ProcessedEvents processedEvents;
    private final CabinetOwners owners;

    CabinetChangedListener(ProcessedEvents processedEvents, CabinetOwners owners) {
        this.processedEvents = processedEvents;
        this.owners = owners;
    }

    @KafkaListener(topics = TOPIC)
    void onCabinetChanged(String message) {
        processedEvents.handleOnce(CONSUMER, message, event -> {
            String deviceId = event.text("deviceId");
            String merchantCode = event.text("merchantCode");
            if (deviceId == null || merchantCode == null) {
                // Retrying cannot fix a payload without them; the event stays recorded as seen.
                log.warn("ignoring {} event {} without deviceId or merchantCode", TOPIC, event.eventId());
                return;
            }
            owners.recordOwner(deviceId, merchantCode);
        });
    }
}
