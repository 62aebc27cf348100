package com.northstar.platform.core.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Seed 000 "KOP standard" success envelope: {@code {"code":200,"msg":null,"data":...}}.
 * {@code msg} is always written, even when null, because the seed shows it on success.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KopResponse<T>(int code, String msg, T data) {

    public static final int SUCCESS = 200;

    public static <T> KopResponse<T> ok(T data) {
        return new KopResponse<>(SUCCESS, null, data);
    }
}
