package com.northstar.dev.weichuang.control;

import java.util.Map;

/**
 * A call the simulator received, for tests that check what partner-adapter-service sent and how often.
 *
 * @param carriedOut whether Weichuang did what the call asked, whatever the caller was answered
 */
record RecordedCall(String receivedAt, String method, String path, Map<String, String> headers, String body,
        String fault, boolean carriedOut, int status) {

    /** What is known of a call before it is answered. */
    record Received(String receivedAt, String method, String path, Map<String, String> headers, String body) {

        RecordedCall notCarriedOut(Fault.Mode fault, int status) {
            return handled(fault, false, status);
        }

        RecordedCall handled(Fault.Mode fault, boolean carriedOut, int status) {
            return new RecordedCall(receivedAt, method, path, headers, body, fault == null ? null : fault.name(),
                    carriedOut, status);
        }
    }
}
