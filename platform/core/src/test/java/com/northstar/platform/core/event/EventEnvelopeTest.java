package com.northstar.platform.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventEnvelopeTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aDataFieldThatIsAbsentNullOrBlankIsNotThere() {
        EventEnvelope event = new EventEnvelope("e-1", "CabinetChanged", "2026-03-01T00:00:00Z", 1,
                json.readTree("{\"deviceId\":\"TK1001\",\"merchantCode\":\" \",\"merchantName\":null,\"state\":1}"));

        assertThat(event.text("deviceId")).isEqualTo("TK1001");
        assertThat(event.text("state")).isEqualTo("1");
        assertThat(event.text("merchantCode")).isNull();
        assertThat(event.text("merchantName")).isNull();
        assertThat(event.text("address")).isNull();
        assertThat(new EventEnvelope("e-2", "X", null, 1, null).text("deviceId")).isNull();
    }
}
