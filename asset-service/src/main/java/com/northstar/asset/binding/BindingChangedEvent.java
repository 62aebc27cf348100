package com.northstar.asset.binding;

import com.northstar.asset.battery.BatteryState;
import com.northstar.platform.core.event.EventEnvelope;
import java.time.LocalDateTime;

/**
 * {@code data} of {@code asset.binding-changed} (event type {@code BatteryBindingChanged}), schema version 1, keyed
 * by {@code batteryCode} so one battery's changes reach Weichuang in order.
 *
 * @param state     1 bound, 0 unbound
 * @param cause     SWAP, CORRECTION or MIGRATION
 * @param changedAt when the binding began (state 1) or ended (state 0)
 */
record BindingChangedEvent(String bindingId, String batteryCode, String userId, String userPhone, String userName,
        int state, String merchantCode, String cause, LocalDateTime changedAt)
        implements EventEnvelope.VersionedPayload {

    static final String TOPIC = "asset.binding-changed";
    static final String TYPE = "BatteryBindingChanged";
    static final int SCHEMA_VERSION = 1;

    static BindingChangedEvent bound(Binding binding) {
        return of(binding, BatteryState.BOUND, binding.getBoundCause(), binding.getBoundAt());
    }

    static BindingChangedEvent unbound(Binding binding) {
        return of(binding, BatteryState.NOT_BOUND, binding.getUnboundCause(), binding.getUnboundAt());
    }

    private static BindingChangedEvent of(Binding binding, BatteryState state, String cause, LocalDateTime at) {
        return new BindingChangedEvent(binding.getId().toString(), binding.getBatteryCode(), binding.getUserId(),
                binding.getUserPhone(), binding.getUserName(), state.code(), binding.getMerchantCode(), cause, at);
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
