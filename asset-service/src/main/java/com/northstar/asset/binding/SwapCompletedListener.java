package com.northstar.asset.binding;

import com.northstar.platform.service.outbox.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Moves batteries and bindings as swap-order's {@code swap.order-completed} events tell, once per event id. */
@Component
class SwapCompletedListener {

    static final String TOPIC = "swap.order-completed";
    static final String CONSUMER = "asset.swap-bindings";

    private final ProcessedEvents processedEvents;
    private final BindingService bindings;
    private final JsonMapper json;

    SwapCompletedListener(ProcessedEvents processedEvents, BindingService bindings, JsonMapper json) {
        this.processedEvents = processedEvents;
        this.bindings = bindings;
        this.json = json;
    }

    @KafkaListener(topics = TOPIC)
    void onSwapCompleted(String message) {
        processedEvents.handleOnce(CONSUMER, message,
                event -> bindings.applySwap(json.treeToValue(event.data(), SwapCompleted.class)));
    }
}
