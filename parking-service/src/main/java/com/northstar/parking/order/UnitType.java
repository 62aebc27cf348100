package com.northstar.parking.order;

import java.time.LocalDateTime;
import java.util.Arrays;

/** A product's counting unit ({@code unitType}): what one of {@code count} adds to a card's end. */
public enum UnitType {

    HOUR("1"),
    DAY("2"),
    WEEK("3"),
    MONTH("4"),
    YEAR("5");

    private final String code;

    UnitType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static UnitType ofCode(String code) {
        return Arrays.stream(values()).filter(unit -> unit.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unit type " + code));
    }

    public LocalDateTime after(LocalDateTime start, int count) {
        return switch (this) {
            case HOUR -> start.plusHours(count);
            case DAY -> start.plusDays(count);
            case WEEK -> start.plusWeeks(count);
            case MONTH -> start.plusMonths(count);
            case YEAR -> start.plusYears(count);
        };
    }
}
