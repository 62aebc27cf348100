package com.northstar.asset.binding;

import com.northstar.platform.service.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Publishes each binding change through the outbox, in the caller's transaction, keyed by battery code. */
@Component
class BindingEvents {

    private final Outbox outbox;

    BindingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void bound(Binding binding) {
        outbox.record(BindingChangedEvent.TOPIC, binding.getBatteryCode(), BindingChangedEvent.TYPE,
                BindingChangedEvent.bound(binding));
    }

    void unbound(Binding binding) {
        outbox.record(BindingChangedEvent.TOPIC, binding.getBatteryCode(), BindingChangedEvent.TYPE,
                BindingChangedEvent.unbound(binding));
    }
}
