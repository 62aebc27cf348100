package com.northstar.gateway.support;

import org.springframework.http.HttpStatus;

/**
 * A request the gateway refuses on purpose. The message is written to the client, so it never carries secrets,
 * tokens or personal data.
 */
public class GatewayRejection extends RuntimeException {

    private final HttpStatus status;

    public GatewayRejection(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static GatewayRejection unauthorized(String message) {
        return new GatewayRejection(HttpStatus.UNAUTHORIZED, message);
    }

    public static GatewayRejection forbidden(String message) {
        return new GatewayRejection(HttpStatus.FORBIDDEN, message);
    }
}
