package com.northstar.partner.call;

/**
 * How a call ended: DELIVERED with Weichuang's {@code data} (null when it answered "already processed"), or FAILED
 * with Weichuang's reason.
 */
public record CallResult(CallState state, Object data, String reason) {

    static CallResult delivered(Object data) {
        return new CallResult(CallState.DELIVERED, data, null);
    }

    static CallResult failed(String reason) {
        return new CallResult(CallState.FAILED, null, reason);
    }
}
