package com.northstar.platform.core.event;

import tools.jackson.databind.JsonNode;

/**
 * What every Kafka message of the suite carries: who can dedupe it ({@code eventId}), what it is
 * ({@code eventType}, {@code schemaVersion}), when it happened ({@code occurredAt}, ISO-8601 instant) and its
 * payload ({@code data}).
 */
public record EventEnvelope(String eventId, String eventType, String occurredAt, int schemaVersion, JsonNode data) {
}
