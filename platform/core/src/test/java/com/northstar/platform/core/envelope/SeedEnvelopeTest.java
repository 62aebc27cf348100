package com.northstar.platform.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Pins the three envelopes to the exact JSON of the seeds. */
class SeedEnvelopeTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void kopSuccessWritesCodeNullMsgAndData() {
        assertThat(json.writeValueAsString(KopResponse.ok(java.util.Map.of("orderId", 1))))
                .isEqualTo("{\"code\":200,\"msg\":null,\"data\":{\"orderId\":1}}");
    }

    @Test
    void kopFailureWritesCodeAndMsgOnly() {
        assertThat(json.writeValueAsString(Seed.KOP.failure(400, "missing required field orderId")))
                .isEqualTo("{\"code\":400,\"msg\":\"missing required field orderId\"}");
    }

    @Test
    void parkingFailureIsIsSuccessOneWithAnEpochTimestamp() {
        String body = json.writeValueAsString(Seed.PARKING.failure(400, "bad"));
        assertThat(body).matches("\\{\"timestamp\":\"\\d{13}\",\"msg\":\"bad\",\"isSuccess\":\"1\",\"resultData\":null}");
    }

    @Test
    void storedValueFailureCarriesTheSeedCode() {
        assertThat(json.writeValueAsString(Seed.STORED_VALUE.failure(601, "stale card")))
                .isEqualTo("{\"status\":601,\"message\":\"stale card\"}");
    }
}
