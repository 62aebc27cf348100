package com.northstar.parking.support;

import com.northstar.platform.core.time.WireDates;
import java.time.LocalDateTime;

/** Seed 001's {@code Date} on the wire: epoch milliseconds as a string, from a DATETIME kept in Asia/Shanghai. */
public final class EpochMillis {

    private EpochMillis() {
    }

    public static String of(LocalDateTime value) {
        return value == null ? null : Long.toString(value.atZone(WireDates.ZONE).toInstant().toEpochMilli());
    }
}
