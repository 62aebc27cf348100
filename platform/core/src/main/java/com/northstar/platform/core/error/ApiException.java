package com.northstar.platform.core.error;

/**
 * A failure whose cause is known and whose message is safe to show the caller. {@code httpStatus} is the
 * class of outcome on the wire; {@code code} is the seed's own code written into the envelope (the same
 * number for the plain HTTP classes, a seed-specific code such as 601 for stored-value rules).
 */
public class ApiException extends RuntimeException {

    private final int httpStatus;
    private final int code;

    public ApiException(int httpStatus, int code, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, 400, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, 401, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, 403, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, 404, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, 409, message);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }
}
