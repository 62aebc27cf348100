package com.northstar.asset.cabinet;

import com.northstar.platform.core.event.EventEnvelope;

/**
 * {@code data} of {@code asset.cabinet-changed} (event type {@code CabinetChanged}), schema version 1, keyed by
 * {@code deviceId}: a cabinet's owner or location as it is now. swap-order-service keeps its owner from it.
 */
record CabinetChangedEvent(String deviceId, String merchantCode, String merchantName, String latitude,
        String longitude, String address, String cause) implements EventEnvelope.VersionedPayload {

    static final String TOPIC = "asset.cabinet-changed";
    static final String TYPE = "CabinetChanged";
    static final int SCHEMA_VERSION = 1;

    static CabinetChangedEvent of(Cabinet cabinet, CabinetChangeCause cause) {
        return new CabinetChangedEvent(cabinet.getTankCode(), cabinet.getMerchantCode(), cabinet.getMerchantName(),
                cabinet.getLatitude(), cabinet.getLongitude(), cabinet.getAddress(), cause.name());
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
