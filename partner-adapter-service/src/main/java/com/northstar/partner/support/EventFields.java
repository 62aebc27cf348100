package com.northstar.partner.support;

import tools.jackson.databind.JsonNode;

/** Reading an event's {@code data} fields: absent, null and blank are all "not there". */
public final class EventFields {

    private EventFields() {
    }

    public static String text(JsonNode data, String field) {
        JsonNode value = data == null ? null : data.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }
}
