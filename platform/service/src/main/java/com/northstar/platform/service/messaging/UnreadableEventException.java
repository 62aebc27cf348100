package com.northstar.platform.service.messaging;

/**
 * A message that is no {@code EventEnvelope} of the suite (not JSON, or without an event id). Retrying cannot
 * change it, so the listener sends it to {@code <topic>-dlt} at once instead of holding up its partition.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
