package com.northstar.gateway.support;

import org.springframework.http.HttpStatus;

/**
 * A request the gateway refuses on purpose. The message is written to the client, so it never carries secrets,
 * tokens or personal data.
 */
public class GatewayRejection extends RuntimeException {

    private final HttpStatus status;
    private final long retryAfterSeconds;

    public GatewayRejection(HttpStatus status, String message) {
        this(status, message, 0);
    }

    private GatewayRejection(HttpStatus status, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public HttpStatus status() {
        return status;
    }

    /** For a 429: when the client may try again, at least one second. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfterSeconds);
    }

    public static GatewayRejection unauthorized(String message) {
        return new GatewayRejection(HttpStatus.UNAUTHORIZED, message);
    }

    public static GatewayRejection forbidden(String message) {
        return new GatewayRejection(HttpStatus.FORBIDDEN, message);
    }

    public static GatewayRejection bodyTooLarge() {
        return new GatewayRejection(HttpStatus.CONTENT_TOO_LARGE, "request body too large");
    }

    public static GatewayRejection tooManyRequests(String message, long retryAfterSeconds) {
        return new GatewayRejection(HttpStatus.TOO_MANY_REQUESTS, message, retryAfterSeconds);
    }
}
