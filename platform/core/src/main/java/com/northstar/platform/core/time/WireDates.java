package com.northstar.platform.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates on the wire of seeds 000 and 002: {@code yyyy-MM-dd HH:mm:ss} in Asia/Shanghai. Inputs also accept
 * {@code yyyy-MM-dd} and epoch milliseconds.
 */
public final class WireDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String PATTERN = "yyyy-MM-dd HH:mm:ss";
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private WireDates() {
    }

    public static String format(LocalDateTime value) {
        return value == null ? null : FORMAT.format(value);
    }

    /**
     * Parses a wire date.
     *
     * @param endOfDay for a bare date, whether it means its last second (the inclusive end of a range)
     * @throws IllegalArgumentException naming the accepted forms when the text is none of them
     */
    public static LocalDateTime parse(String text, boolean endOfDay) {
        String value = text.trim();
        if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
            return LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(value)), ZONE);
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value, DATE);
                return endOfDay ? date.atTime(23, 59, 59) : date.atStartOfDay();
            }
            return LocalDateTime.parse(value, FORMAT);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected yyyy-MM-dd HH:mm:ss, yyyy-MM-dd or epoch milliseconds");
        }
    }
}
