package com.northstar.dev.weichuang.control;

import java.util.Map;

/** A call the simulator received, for tests that check what partner-adapter-service sent and how often. */
record RecordedCall(String receivedAt, String method, String path, Map<String, String> headers, String body,
        String fault, int status) {
}
