package com.northstar.platform.core.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Seed 002 command envelope: {@code {"status":200,"message":"","data":...}}; on failure {@code status}
 * is one of the seed's codes (500, 601-608, 701-704, 801, 901-905, 1001-1003) or 400 for malformed input.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StoredValueResponse<T>(int status, String message, T data) {

    public static final int SUCCESS = 200;

    public static <T> StoredValueResponse<T> ok(T data) {
        return new StoredValueResponse<>(SUCCESS, "", data);
    }

    public static StoredValueResponse<Object> failure(int status, String message) {
        return new StoredValueResponse<>(status, message, null);
    }
}
