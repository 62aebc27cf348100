package com.northstar.deposit.refund;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** 2.2.22/2.2.23's times, {@code yyyy-MM-dd HH:mm} as the seed's examples ("2021-08-30 16:13"), Asia/Shanghai. */
final class MinuteTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MinuteTimes() {
    }

    static String format(LocalDateTime value) {
        return value == null ? null : FORMAT.format(value);
    }
}
