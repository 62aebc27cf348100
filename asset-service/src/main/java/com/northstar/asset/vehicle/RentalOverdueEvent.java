package com.northstar.asset.vehicle;

import com.northstar.platform.core.event.EventEnvelope;
import java.time.LocalDateTime;

/**
 * {@code data} of {@code asset.rental-overdue} (event type {@code RentalOverdue}), schema version 1, keyed by
 * {@code vehicleCode}: a rental passed its end without the vehicle coming back, announced once per rental.
 * member-service makes the renter an overdue member.
 */
record RentalOverdueEvent(String vehicleCode, String vehicleModel, String userId, String userPhone,
        String merchantCode, LocalDateTime rentalEnd) implements EventEnvelope.VersionedPayload {

    static final String TOPIC = "asset.rental-overdue";
    static final String TYPE = "RentalOverdue";
    static final int SCHEMA_VERSION = 1;

    static RentalOverdueEvent of(VehicleRental rental, Vehicle vehicle) {
        return new RentalOverdueEvent(rental.getVehicleCode(), vehicle == null ? null : vehicle.getModel(),
                rental.getUserId(), rental.getUserPhone(), rental.getMerchantCode(), rental.getRentalEnd());
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
