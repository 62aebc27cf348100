package com.northstar.platform.service.web;

import com.northstar.platform.core.time.WireDates;
import java.time.LocalDateTime;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link LocalDateTime} on the wire as {@code yyyy-MM-dd HH:mm:ss}; read also from {@code yyyy-MM-dd} and epoch
 * milliseconds (as a number or a string). Seed 001 writes its own epoch strings in its DTOs.
 */
public final class WireDatesJson {

    private WireDatesJson() {
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("wire-dates");
        module.addSerializer(LocalDateTime.class, new ValueSerializer<>() {
            @Override
            public void serialize(LocalDateTime value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(WireDates.format(value));
            }
        });
        module.addDeserializer(LocalDateTime.class, new ValueDeserializer<>() {
            @Override
            public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) {
                String text = parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                        ? Long.toString(parser.getLongValue()) : parser.getValueAsString();
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return WireDates.parse(text, false);
                } catch (IllegalArgumentException e) {
                    return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text, e.getMessage());
                }
            }
        });
        return module;
    }
}
