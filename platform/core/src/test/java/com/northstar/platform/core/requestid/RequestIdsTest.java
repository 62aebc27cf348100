package com.northstar.platform.core.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aSaneClientIdIsKept() {
        assertThat(RequestIds.keepOrCreate("client-req:42")).isEqualTo("client-req:42");
    }

    @Test
    void aMissingOverlongOrUnsafeIdIsReplacedByAUuid() {
        for (String presented : new String[] { null, "", "x".repeat(65), "<script>", "a b", "line\nbreak" }) {
            assertThat(UUID.fromString(RequestIds.keepOrCreate(presented))).isNotNull();
        }
    }
}
