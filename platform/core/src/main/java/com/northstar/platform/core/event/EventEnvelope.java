package com.northstar.platform.core.event;

import tools.jackson.databind.JsonNode;

/**
 * What every Kafka message of the suite carries: who can dedupe it ({@code eventId}), what it is
 * ({@code eventType}, {@code schemaVersion}), when it happened ({@code occurredAt}, ISO-8601 instant) and its
 * payload ({@code data}).
 *
 * @param schemaVersion the version of {@code data}'s shape, as its {@link VersionedPayload} declares it; 1 for a
 *                      payload that declares none
 */
public record EventEnvelope(String eventId, String eventType, String occurredAt, int schemaVersion, JsonNode data) {

    /** The schema version of a payload that does not declare one. */
    public static final int UNVERSIONED = 1;

    /**
     * A payload record that declares the version of its own shape. A producer raises it when it changes the shape
     * in a way a consumer must know about (a field removed, renamed or given another meaning), so consumers can
     * tell the shapes apart by {@code schemaVersion} alone.
     */
    public interface VersionedPayload {

        int schemaVersion();
    }

    /** A field of {@code data} as text; null when it is absent, null or blank: all "not there" to a consumer. */
    public String text(String field) {
        JsonNode value = data == null ? null : data.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }

    /** The version {@code data} is written in: the payload's declared one, or {@link #UNVERSIONED}. */
    public static int schemaVersionOf(Object data) {
        return data instanceof VersionedPayload payload ? payload.schemaVersion() : UNVERSIONED;
    }
}
