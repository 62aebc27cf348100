package com.northstar.partner.weichuang;

/**
 * No definite answer from Weichuang: a timeout, a dropped connection, a 5xx, a 408/429, an open circuit breaker or
 * a full bulkhead. Whether Weichuang carried the request out is unknown, so a call that changes something is tried
 * again later and never reported as failed; a lookup answers its caller 503.
 *
 * @param status the HTTP status when Weichuang answered one, else null
 */
public class WeichuangUnavailableException extends RuntimeException {

    private final Integer status;

    public WeichuangUnavailableException(Integer status, String message, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
    }

    public Integer status() {
        return status;
    }
}
