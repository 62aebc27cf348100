package com.northstar.platform.core.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Seed 001 envelope: {@code {"timestamp":"<epoch ms>","msg":"...","isSuccess":"0","resultData":...}};
 * {@code isSuccess} is the string "0" on success and "1" on failure.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ParkingResponse<T>(String timestamp, String msg, String isSuccess, T resultData) {

    public static final String SUCCESS = "0";
    public static final String FAILURE = "1";

    public static <T> ParkingResponse<T> ok(String msg, T resultData) {
        return new ParkingResponse<>(now(), msg, SUCCESS, resultData);
    }

    public static ParkingResponse<Object> failure(String msg) {
        return new ParkingResponse<>(now(), msg, FAILURE, null);
    }

    private static String now() {
        return Long.toString(System.currentTimeMillis());
    }
}
