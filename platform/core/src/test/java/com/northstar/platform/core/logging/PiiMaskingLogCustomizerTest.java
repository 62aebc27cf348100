package com.northstar.platform.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

class PiiMaskingLogCustomizerTest {

    @Test
    void everyStringValueOfALogLineIsMasked() {
        JsonWriter<Map<String, String>> line = JsonWriter.of(members -> {
            members.add("message", event -> event.get("message"));
            members.add("path", event -> event.get("path"));
            new PiiMaskingLogCustomizer().customize(cast(members));
        });

        String written = line.writeToString(Map.of("message", "call 13812345678 back",
                "path", "/api/member/members/11010519491231002X"));

        assertThat(written).contains("call 138****5678 back").contains("/api/member/members/110***********002X")
                .doesNotContain("13812345678").doesNotContain("11010519491231002X");
    }

    @SuppressWarnings("unchecked")
    private static JsonWriter.Members<Object> cast(JsonWriter.Members<?> members) {
        return (JsonWriter.Members<Object>) members;
    }
}
