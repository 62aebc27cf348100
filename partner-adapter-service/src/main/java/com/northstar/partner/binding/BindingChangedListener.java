package com.northstar.partner.binding;

import com.northstar.partner.call.CallOperation;
import com.northstar.partner.call.PartnerCalls;
import com.northstar.partner.weichuang.WeichuangWire.BindingUpdate;
import com.northstar.platform.service.outbox.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * asset-service's {@code asset.binding-changed} (key batteryCode, so a battery's events arrive in order) becomes a
 * {@code wcBindingUpdate} call, recorded once per event id and delivered in the same order per battery.
 */
@Component
class BindingChangedListener {

    static final String TOPIC = "asset.binding-changed";
    static final String CONSUMER = "partner-adapter.binding-update";

    private static final Logger log = LoggerFactory.getLogger(BindingChangedListener.class);

    private final ProcessedEvents processedEvents;
    private final PartnerCalls calls;

    BindingChangedListener(ProcessedEvents processedEvents, PartnerCalls calls) {
        this.processedEvents = processedEvents;
        this.calls = calls;
    }

    @KafkaListener(topics = TOPIC)
    void onBindingChanged(String message) {
        processedEvents.handleOnce(CONSUMER, message, event -> {
            String batteryCode = event.text("batteryCode");
            String state = event.text("state");
            if (batteryCode == null || !("0".equals(state) || "1".equals(state))) {
                // Retrying cannot fix such a payload; the event stays recorded as seen.
                log.warn("ignoring {} event {} without batteryCode or state 0/1", TOPIC, event.eventId());
                return;
            }
            BindingUpdate update = new BindingUpdate(batteryCode, event.text("userId"),
                    event.text("userPhone"), Integer.valueOf(state));
            calls.record(CallOperation.BINDING_UPDATE, batteryCode, update, event.eventId());
        });
    }
}
